using NewsScrub.Benchmarks;
using NewsScrub.Languages;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Languages;

/// <summary>
/// Detection over the repository's test set (<c>Fixtures/Detection</c>), per language. The floors are below what the
/// detector reaches (docs/languages.md has the table, with Lingua beside it); they catch a unit that breaks detection.
/// </summary>
public sealed class LanguageDetectionTests
{
    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var language in DetectionSet.Languages(TestPaths.RepositoryRoot))
        {
            data.Add(language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Paragraphs_are_detected(string language)
    {
        var paragraphs = DetectionSet.Paragraphs(DetectionSet.Sentences(TestPaths.RepositoryRoot, language));
        var wrong = paragraphs.Where(text => LanguageDetector.Detect(text) != language).ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Most_short_lines_are_detected(string language)
    {
        var lines = DetectionSet.Lines(DetectionSet.Sentences(TestPaths.RepositoryRoot, language));
        var correct = lines.Count(text => LanguageDetector.Detect(text) == language);
        Assert.True(correct * 10 >= lines.Count * 6, $"{language}: {correct} of {lines.Count} lines");
    }

    [Fact]
    public void Every_complete_unit_has_test_sentences() =>
        Assert.Empty(LanguageCatalog.All.Select(static unit => unit.Code).Except(DetectionSet.Languages(TestPaths.RepositoryRoot)));

    [Theory]
    [InlineData("Selamat pagi, apa kabar? Saya sedang membaca berita tentang pemilihan umum yang akan diadakan bulan depan di seluruh negeri.")]
    public void Text_in_an_unsupported_language_gets_no_language(string text) => Assert.Null(LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("12 345 — !!!")]
    [InlineData("OK")]
    public void Text_without_enough_letters_gets_no_language(string text) => Assert.Null(LanguageDetector.Detect(text));
}
