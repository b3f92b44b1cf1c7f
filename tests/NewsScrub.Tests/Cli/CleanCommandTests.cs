using System.Text;
using System.Text.Json;

namespace NewsScrub.Tests.Cli;

/// <summary>What <c>newsscrub clean</c> did before the batch mode keeps working.</summary>
public sealed class CleanCommandTests
{
    private const string Text = "The council met on Tuesday evening to discuss the new budget for the town library.\n\nResidents asked many questions about the cost of the works.";

    [Fact]
    public void One_file_prints_its_text_and_no_summary()
    {
        using var temp = new TempFolder();
        var path = temp.File("one.txt", Text);

        var run = CliRun.Of("clean", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ScrubPipeline.Default.CleanText(Text).Text + Environment.NewLine, run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Stdin_is_one_page()
    {
        var run = CliRun.WithStdin(Encoding.UTF8.GetBytes(Text), "clean", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("-", result.GetProperty("source").GetString());
        Assert.Equal(CliRun.Content(ScrubPipeline.Default.CleanText(Text)), CliRun.Content(result));
    }

    [Fact]
    public void Several_inputs_in_json_make_an_array_and_a_missing_one_fails_alone()
    {
        using var temp = new TempFolder();
        var a = temp.File("a.txt", Text);
        var missing = Path.Combine(temp.Path, "missing.txt");
        var b = temp.File("b.html", "<p>Hello</p>");

        var run = CliRun.Of("clean", "--format", "json", a, missing, b);

        Assert.Equal(1, run.ExitCode);
        var array = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal([a, b], array.EnumerateArray().Select(static r => r.GetProperty("source").GetString()));
        Assert.Contains($"newsscrub: {missing}: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_reports_a_failed_input_as_an_error_line()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "missing.html");

        var run = CliRun.Of("clean", "--format", "jsonl", missing);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Lines());
        Assert.Equal(missing, line.GetProperty("source").GetString());
        Assert.True(line.TryGetProperty("error", out _));
    }

    [Fact]
    public void Out_writes_one_file_per_input_named_after_it()
    {
        using var temp = new TempFolder();
        temp.File("in/x.txt", Text);
        temp.File("in/sub/y.htm", "<p>Hello</p>");
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Of("clean", "--format", "json", "--out", output, Path.Combine(temp.Path, "in"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "x.txt.json")));
        Assert.True(File.Exists(Path.Combine(output, "sub", "y.htm.json")));
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData("clean", "--format", "xml")]
    [InlineData("clean", "--parallel", "0")]
    [InlineData("clean", "--shard", "3/2")]
    [InlineData("clean", "--shard", "x")]
    [InlineData("clean", "--input", "zip")]
    [InlineData("clean", "--bogus")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_2(params string[] args) => Assert.Equal(2, CliRun.Of(args).ExitCode);

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        using var temp = new TempFolder();

        Assert.Equal(2, CliRun.Of("clean", "--lang", "1x", temp.File("a.txt", Text)).ExitCode);
    }
}
