using NewsScrub.Steps;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Snippets;

/// <summary>The README's and docs' samples, compiled and run, so they cannot drift from the API.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void Readme_first_example_runs()
    {
        var page = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples", "ferry-strike.txt");
        using var output = new StringWriter();

        // README: the five-line example.
        var article = Scrubber.Clean(File.ReadAllText(page));
        output.WriteLine($"{article.Title} ({article.Language}, {article.Byline})");
        output.WriteLine(article.Text);
        foreach (var item in article.Removed) output.WriteLine($"removed {item.Category}: {item.Text}");

        Assert.StartsWith("Ferry crews walk out as harbour talks collapse (en, Marta Lindqvist)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("removed Advertisement: Advertisement", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_configured_pipeline_example_runs()
    {
        // docs/index.md: a configured pipeline, built once.
        var pipeline = ScrubPipelineBuilder.CreateDefault()
            .UseBoilerplate(new BoilerplateOptions
            {
                AddedPhrases = [new BoilerplatePhrase("Lesen Sie weiter", RemovalCategory.RelatedLink, PhraseMatch.Line, "de")],
                RemovedPhrases = ["Live"],
            })
            .Build();

        var article = pipeline.CleanText("Die Verhandlungen gehen weiter, sagte der Minister am Abend vor der Presse in der Hauptstadt, und er blieb dabei zuversichtlich.\n\nLesen Sie weiter\n\nLive", language: "de");

        Assert.Contains(article.Removed, static item => item.Text == "Lesen Sie weiter" && item.Category == RemovalCategory.RelatedLink);
        Assert.DoesNotContain(article.Removed, static item => item.Text == "Live" && item.Step == "Boilerplate");
    }
}
