using System.Text;
using NewsScrub.Tests.Cli;

namespace NewsScrub.Tests.Robustness;

/// <summary>Issue 9 (and issue 8's decoding asks): pages in the charsets and shapes that came out wrong.</summary>
public sealed class InputDecodingTests
{
    private const string Paragraph = "The harbour council approved the ferry budget on Monday after a long debate about the costs of the new pier.";

    private static string Page(string title, string body) =>
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p><p>{Paragraph}</p></article></body></html>";

    [Theory]
    [InlineData("&#128512;")]
    [InlineData("&#x1F600;")]
    [InlineData("&#X1f600;")]
    public void Numeric_references_above_U_FFFF_decode_in_body_and_title(string reference)
    {
        var article = ScrubPipeline.Default.CleanHtml(Page($"Smiles {reference} all round", $"{Paragraph} They smiled {reference} widely."));

        Assert.Contains("\U0001F600", article.Text, StringComparison.Ordinal);
        Assert.Contains("\U0001F600", article.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", article.Text + article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_ampersand_is_decoded_once()
    {
        var article = ScrubPipeline.Default.CleanHtml(Page("Fish &amp;amp; chips", Paragraph + " Write &amp;lt;p&amp;gt; for a paragraph."));

        Assert.Contains("Write &lt;p&gt; for a paragraph.", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_pages_are_html_under_auto(string form)
    {
        using var temp = new TempFolder();
        var html = "\n" + Page("Harbour budget approved", Paragraph);
        var bigEndian = form.Contains("be", StringComparison.Ordinal);
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        byte[] bytes = form.EndsWith("-bom", StringComparison.Ordinal) ? [.. encoding.GetPreamble().Length > 0 ? encoding.GetPreamble() : (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]), .. encoding.GetBytes(html)] : encoding.GetBytes(html);
        var path = temp.File("page.txt", bytes);

        var run = CliRun.Of("clean", "--format", "json", path);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("\"title\": \"Harbour budget approved\"", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", run.Stdout, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> BinaryInputs() => new()
    {
        { "random.html", [] },
        { "random.txt", ["--from", "text"] },
        { "image.png", ["--from", "text"] },
        { "image.html", ["--from", "html"] },
    };

    [Theory]
    [MemberData(nameof(BinaryInputs))]
    public void Binary_data_is_an_error_not_a_garbage_article(string name, string[] options)
    {
        using var temp = new TempFolder();
        var random = new Random(9);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        if (name.StartsWith("image", StringComparison.Ordinal))
        {
            byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
            png.CopyTo(bytes, 0);
        }

        var path = temp.File(name, bytes);

        var run = CliRun.Of(["clean", .. options, "--format", "jsonl", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("binary data", Assert.Single(run.Lines()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_stray_nul_bytes_in_a_text_page_are_dropped()
    {
        var bytes = Encoding.UTF8.GetBytes(Paragraph + "\0\n\nA second\0 paragraph about the pier and its costs.");

        var run = CliRun.WithStdin(bytes, "clean", "--from", "text", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("A second paragraph", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_stray_nul_bytes_in_an_html_page_are_dropped()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("Harbour\0 budget approved", Paragraph + "\0 The end."));

        var article = ScrubPipeline.Default.CleanHtml(bytes);

        Assert.Equal("Harbour budget approved", article.Title);
        Assert.DoesNotContain('\0', article.Text);
    }

    [Theory]
    [InlineData("<meta charset=\"iso-8859-1\">", null)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", null)]
    [InlineData("", "text/html; charset=ISO-8859-1")]
    public void Valid_utf8_wins_over_a_declared_single_byte_charset(string meta, string? contentType)
    {
        var html = $"<html><head>{meta}<title>Café crème à Zürich</title></head><body><article><p>The café beside the lake in Zürich raised the price of a crème brûlée to five francs on Monday, the owner said after the council vote.</p><p>{Paragraph}</p></article></body></html>";

        var article = ScrubPipeline.Default.CleanHtml(Encoding.UTF8.GetBytes(html), contentType, language: null);

        Assert.Equal("Café crème à Zürich", article.Title);
        Assert.True(article.Text.Contains("crème brûlée", StringComparison.Ordinal), article.Text);
    }

    [Fact]
    public void A_real_single_byte_page_still_decodes_by_its_declaration()
    {
        var html = $"<html><head><meta charset=\"iso-8859-1\"><title>Café crème à Zürich</title></head><body><article><p>Le café crème coûte désormais cinq francs à Zürich.</p><p>{Paragraph}</p></article></body></html>";

        var article = ScrubPipeline.Default.CleanHtml(Encoding.Latin1.GetBytes(html), null, language: null);

        Assert.Equal("Café crème à Zürich", article.Title);
    }
}
