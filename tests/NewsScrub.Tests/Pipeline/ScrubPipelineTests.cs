using NewsScrub.Steps;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Pipeline;

public sealed class ScrubPipelineTests
{
    private static readonly string Seed = TestPaths.ExampleText;

    [Fact]
    public void Default_pipeline_is_built_once() => Assert.Same(ScrubPipeline.Default, ScrubPipeline.Default);

    [Fact]
    public void Steps_run_in_stage_order_whatever_order_they_were_added_in()
    {
        var pipeline = new ScrubPipelineBuilder().UseContentSelection().UseReflow().UseMetadata().UseBoilerplate().Build();

        Assert.Equal(["Boilerplate", "Metadata", "Reflow", "Boilerplate", "ContentSelection"], pipeline.StepNames);
    }

    [Fact]
    public void An_empty_builder_gives_a_pipeline_that_only_reads()
    {
        var article = new ScrubPipelineBuilder().Build().CleanText("Read more\n\nSome text.");

        Assert.Equal(["Read more", "Some text."], article.Blocks.Select(static block => block.Text));
    }

    [Fact]
    public void A_built_pipeline_gives_the_same_result_from_parallel_threads()
    {
        var expected = ScrubPipeline.Default.CleanText(Seed).Text;

        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = ScrubPipeline.Default.CleanText(Seed).Text);

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Invalid_options_throw_from_Build_naming_the_option()
    {
        Assert.Equal("MaxQuoteLines", Assert.ThrowsAny<ArgumentException>(() => new ScrubPipelineBuilder().UseReflow(new ReflowOptions { MaxQuoteLines = 0 }).Build()).ParamName);
        Assert.Equal("MinimumConfidence", Assert.ThrowsAny<ArgumentException>(() => new ScrubPipelineBuilder().UseContentSelection(new ContentSelectionOptions { MinimumConfidence = 1.5 }).Build()).ParamName);
        Assert.Equal("AddedPhrases", Assert.ThrowsAny<ArgumentException>(() => new ScrubPipelineBuilder().UseBoilerplate(new BoilerplateOptions { AddedPhrases = [new BoilerplatePhrase(" ", RemovalCategory.Other)] }).Build()).ParamName);
        Assert.Equal("MaxTagWords", Assert.ThrowsAny<ArgumentException>(() => new ScrubPipelineBuilder().UseMetadata(new MetadataOptions { MaxTagWords = 0 }).Build()).ParamName);
    }

    [Fact]
    public void Null_builder_throws() =>
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => BoilerplatePipelineBuilderExtensions.UseBoilerplate(null!)).ParamName);

    [Fact]
    public void Users_can_add_and_remove_phrases()
    {
        var pipeline = ScrubPipelineBuilder.CreateDefault()
            .UseBoilerplate(new BoilerplateOptions
            {
                AddedPhrases = [new BoilerplatePhrase("Breaking news ticker", RemovalCategory.Navigation)],
                RemovedPhrases = ["Publicity"],
            })
            .Build();

        var article = pipeline.CleanText(Seed + "\n\nPublicity\n\nBreaking news ticker");

        Assert.Contains(article.Removed, static item => item.Text == "Breaking news ticker" && item.Category == RemovalCategory.Navigation);
        Assert.DoesNotContain(article.Removed, static item => item.Text == "Publicity" && item.Category == RemovalCategory.Advertisement);
    }

    [Fact]
    public void A_forced_language_wins_over_detection() =>
        Assert.Equal("fr", ScrubPipeline.Default.CleanText(Seed, "fr-FR").Language);

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hello</p></body></html>", true)]
    [InlineData("Plain text that mentions <b> once.", false)]
    [InlineData("", false)]
    public void Auto_detects_html_by_content(string input, bool html) =>
        Assert.Equal(html, NewsScrub.Html.FormatSniffer.LooksLikeHtml(input));
}
