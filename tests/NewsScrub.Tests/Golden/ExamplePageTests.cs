using System.Text.Encodings.Web;
using System.Text.Json;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Golden;

/// <summary>
/// The example pages the repository carries (<c>docs/examples/*.txt</c> and <c>*.html</c>) against their expected results
/// (<c>*.expected.json</c>: the article in the public JSON contract, <see cref="ArticleJsonContext"/>, which is what
/// <c>newsscrub clean --format json</c> writes for the file, less its <c>source</c>). Run with <c>UPDATE_GOLDEN=1</c>
/// to rewrite the expected files after a deliberate change, then review the diff.
/// </summary>
public sealed class ExamplePageTests
{
    /// <summary>The contract's options, indented and without escaping non-ASCII text, as the CLI writes.</summary>
    internal static readonly JsonSerializerOptions Json = new(ArticleJsonContext.Default.Options) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
        var actual = JsonSerializer.Serialize(article, Json).ReplaceLineEndings("\n") + "\n";
        var expectedPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".expected.json");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
