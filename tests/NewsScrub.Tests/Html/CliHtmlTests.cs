using System.Text;
using System.Text.Json;
using NewsScrub.Tests.Cli;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Html;

/// <summary><c>newsscrub clean --from html|auto</c> over the folder of DEV pages.</summary>
public sealed class CliHtmlTests
{
    private static readonly string Folder = TestPaths.SharedFile("bench", "extraction", "dev");

    [SharedTheory]
    [InlineData("html")]
    [InlineData("auto")]
    public void Jsonl_over_the_dev_folder_gives_one_result_per_page(string from)
    {
        var run = CliRun.Of("clean", "--from", from, "--format", "jsonl", Folder);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
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
        var run = CliRun.WithStdin(Encoding.UTF8.GetBytes(html), "clean", "--format", "text", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("The council approved the new budget on Tuesday after a long debate about schools and roads.", run.Stdout.Trim());
    }

    [Fact]
    public void Binary_input_is_reported_and_skipped()
    {
        var run = CliRun.WithStdin([0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x00, 0x01, 0x02, 0x00, 0x00, 0xFF], "clean", "--from", "html", "--format", "jsonl", "-");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("binary", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }
}
