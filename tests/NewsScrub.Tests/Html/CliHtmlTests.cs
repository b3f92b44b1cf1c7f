using System.Text;
using System.Text.Json;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Html;

/// <summary><c>newsscrub clean --from html|auto</c> over the folder of DEV pages.</summary>
public sealed class CliHtmlTests
{
    private static readonly string Folder = TestPaths.SharedFile("bench", "extraction", "dev");

    [Theory]
    [InlineData("html")]
    [InlineData("auto")]
    public void Jsonl_over_the_dev_folder_gives_one_result_per_page(string from)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = NewsScrub.Cli.Program.Run(["clean", "--from", from, "--format", "jsonl", Folder], Stream.Null, stdout, stderr);

        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var pages = Directory.GetFiles(Folder, "*.html").Length;
        Assert.Equal(91, pages);
        Assert.Equal(pages, lines.Length);
        var texts = lines.Select(static line => JsonDocument.Parse(line).RootElement.ToString()).ToList();
        Assert.All(texts, static text => Assert.Contains("\"title\"", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Html_from_stdin_is_detected_by_auto()
    {
        var html = "<html><head><title>Budget</title></head><body><article><p>The council approved the new budget on Tuesday after a long debate about schools and roads.</p></article></body></html>";
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes(html));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = NewsScrub.Cli.Program.Run(["clean", "--format", "text", "-"], stdin, stdout, stderr);
        Assert.Equal(0, code);
        Assert.Equal("The council approved the new budget on Tuesday after a long debate about schools and roads.", stdout.ToString().Trim());
    }

    [Fact]
    public void Binary_input_is_reported_and_skipped()
    {
        using var stdin = new MemoryStream([0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x00, 0x01, 0x02, 0x00, 0x00, 0xFF]);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = NewsScrub.Cli.Program.Run(["clean", "--from", "html", "--format", "jsonl", "-"], stdin, stdout, stderr);
        Assert.Equal(1, code);
        Assert.Contains("binary", stderr.ToString(), StringComparison.Ordinal);
    }
}
