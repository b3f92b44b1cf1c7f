using System.Text.Encodings.Web;
using System.Text.Json;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Golden;

/// <summary>
/// The example pages the repository carries (<c>docs/examples/*.txt</c> and <c>*.html</c>) against their expected results
/// (<c>*.expected.json</c>, the seed's shape). Run with <c>UPDATE_GOLDEN=1</c> to rewrite the expected files after a
/// deliberate change, then review the diff.
/// </summary>
public sealed class ExamplePageTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "docs", "examples")).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".txt", StringComparison.Ordinal) || file.EndsWith(".html", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Example_page_cleans_to_its_expected_result(string file)
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples");
        var article = Scrubber.Clean(File.ReadAllText(Path.Combine(folder, file)));
        var actual = JsonSerializer.Serialize(Expected.From(article), Json) + "\n";
        var expectedPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".expected.json");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    /// <summary>The expected-file shape: the seed's fields, plus the category of each removed line.</summary>
    private sealed record Expected(string? Title, string? Byline, string? Published, string? Language, string? CanonicalUrl, string? SiteName, IReadOnlyList<string> Tags, IReadOnlyList<string> Captions, IReadOnlyList<string> Body, IReadOnlyList<string> Headings, IReadOnlyList<string> Removed)
    {
        public static Expected From(Article article) => new(
            article.Title,
            article.Byline,
            article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            article.Language,
            article.CanonicalUrl,
            article.SiteName,
            article.Tags,
            article.Captions,
            article.Blocks.Select(static block => block.Text).ToArray(),
            article.Blocks.Where(static block => block.Kind == BlockKind.Heading).Select(static block => block.Text).ToArray(),
            article.Removed.Select(static item => $"{item.Category}: {item.Text}").ToArray());
    }
}
