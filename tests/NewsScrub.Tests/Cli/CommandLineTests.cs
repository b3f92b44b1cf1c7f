using System.Text;
using System.Text.Json;
using NewsScrub.Cli;

namespace NewsScrub.Tests.Cli;

/// <summary>The command line follows the conventions of System.CommandLine and POSIX tools (issue 9).</summary>
public sealed class CommandLineTests
{
    private const string Text = "The council met on Tuesday evening to discuss the new budget for the town library.\n\nResidents asked many questions about the cost of the works.";

    [Fact]
    public void Option_values_may_follow_an_equals_sign()
    {
        var run = CliRun.WithStdin(Encoding.UTF8.GetBytes(Text), "clean", "--format=json", "--from=text");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(run.Stdout).RootElement.ValueKind);
    }

    [Fact]
    public void A_double_dash_ends_the_options_so_a_path_may_start_with_a_dash()
    {
        using var temp = new TempFolder();
        temp.File("-dash.txt", Text);
        var cwd = Environment.CurrentDirectory;

        var run = CliRun.Of("clean", "--format", "jsonl", "--", Path.Combine(temp.Path, "-dash.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Path.Combine(temp.Path, "-dash.txt"), Assert.Single(run.Lines()).GetProperty("source").GetString());
        Assert.Equal(cwd, Environment.CurrentDirectory);
    }

    [Fact]
    public void Short_flags_may_be_bundled()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", Text);
        temp.File("in/b.txt", Text);

        var run = CliRun.Of("clean", "-qv", Path.Combine(temp.Path, "in"));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr); // -q: no summary
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("clean", "--help")]
    [InlineData("help", "clean")]
    [InlineData("usage", "--help")]
    public void Help_goes_to_stdout_and_exits_0(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Clean_help_lists_every_option_and_the_exit_codes()
    {
        var run = CliRun.Of("clean", "--help");

        foreach (var option in new CommandLine().CleanOptions)
        {
            Assert.Contains(option.Name, run.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_one_line_and_exits_0()
    {
        var run = CliRun.Of("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("no command given")]
    [InlineData("unknown command 'frobnicate'", "frobnicate")]
    [InlineData("unknown option '--bogus'", "clean", "--bogus")]
    [InlineData("--format must be one of", "clean", "--format=xml")]
    [InlineData("--parallel must be a whole number", "clean", "--parallel", "0")]
    [InlineData("--lang must be an ISO 639 language code", "clean", "--lang", "english")]
    [InlineData("--lang must be an ISO 639 language code", "clean", "--lang", "zz")]
    [InlineData("--translate-from and --translate-dry-run need --translate-to", "clean", "--translate-dry-run")]
    [InlineData("required argument missing for option: '--out'", "clean", "--out")]
    public void A_usage_error_exits_2_with_one_clear_line(string message, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsscrub: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(Parameter", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt-BR")]
    [InlineData("pl")]
    public void A_real_language_code_is_accepted(string code)
    {
        var run = CliRun.WithStdin(Encoding.UTF8.GetBytes(Text), "clean", "--lang", code, "--format", "json");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task The_translation_dry_run_needs_no_key()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await Program.RunAsync(["clean", "--from", "text", "--translate-to", "DE", "--translate-dry-run"], new MemoryStream(Encoding.UTF8.GetBytes(Text)), stdout, stderr, static _ => null);

        Assert.True(code == 0, stderr.ToString());
        Assert.Contains("characters would be billed", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_completion_offers_option_values()
    {
        var run = CliRun.Of("[suggest:16]", "clean --format j");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["json", "jsonl"], run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
