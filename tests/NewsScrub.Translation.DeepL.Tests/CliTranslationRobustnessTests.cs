using System.Text;
using System.Text.Json;
using NewsScrub.Cli;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary>Issue 9: translation in every format, failures that name their record, no silent loss, a verbose log.</summary>
public sealed class CliTranslationRobustnessTests : IDisposable
{
    private const string Page = """
        Harbour plan approved after a long debate

        The city council approved the new harbour plan on Monday evening after a long and heated debate about its costs, which have more than doubled since the project was first presented to the public three years ago. The mayor said that the city could not afford to wait any longer.

        Work on the northern pier is expected to begin in the spring and to last at least two years, according to the port authority. During that time, the ferries to the islands will leave from a temporary terminal on the southern side of the bay, which is being built at the moment.
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsscrub-translate-" + Guid.NewGuid().ToString("N"));

    public CliTranslationRobustnessTests()
    {
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= 3; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"page{i}.txt"), Page.Replace("harbour", $"harbour number {i}", StringComparison.Ordinal));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Markdown_output_is_translated()
    {
        await using var server = await FakeDeepLServer.StartAsync();

        var (code, stdout, stderr) = await RunAsync(server, "clean", "--from", "text", "--translate-to", "DE", "--format", "md", Path.Combine(folder, "page1.txt"));

        Assert.True(code == 0, stderr);
        Assert.StartsWith("---\n", stdout, StringComparison.Ordinal);
        Assert.Contains("language: \"de\"", stdout, StringComparison.Ordinal);
        Assert.Contains("[DE] ", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("md")]
    public async Task Every_format_is_translated(string format)
    {
        await using var server = await FakeDeepLServer.StartAsync();

        var (code, stdout, stderr) = await RunAsync(server, "clean", "--from", "text", "--translate-to", "DE", "--format", format, folder);

        Assert.True(code == 0, stderr);
        Assert.Equal(3, CountOccurrences(stdout, "[DE] The city council"));
    }

    [Fact]
    public async Task A_translation_failure_mid_batch_keeps_the_json_array_whole()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        server.CharacterLimit = 700;

        var (code, stdout, stderr) = await RunAsync(server, "clean", "--from", "text", "--translate-to", "DE", "--format", "json", folder);

        Assert.Equal(3, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Single(json.RootElement.EnumerateArray());
        Assert.Contains("page2.txt: translation failed", stderr, StringComparison.Ordinal);
        Assert.Contains("page3.txt: not translated", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_failure_mid_batch_gives_every_later_record_an_error_line()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        server.CharacterLimit = 700;

        var (code, stdout, _) = await RunAsync(server, "clean", "--from", "text", "--translate-to", "DE", "--format", "jsonl", folder);

        Assert.Equal(3, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.False(lines[0].TryGetProperty("error", out _));
        Assert.EndsWith("page2.txt", lines[1].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("translation failed", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("not translated", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_logs_retries_to_stderr()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        server.Fail5xx(1);

        var (code, _, stderr) = await RunAsync(server, "clean", "-v", "--from", "text", "--translate-to", "DE", Path.Combine(folder, "page1.txt"));

        Assert.True(code == 0, stderr);
        Assert.Contains("OnRetry", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_verbose_nothing_is_logged()
    {
        await using var server = await FakeDeepLServer.StartAsync();

        var (code, _, stderr) = await RunAsync(server, "clean", "--from", "text", "--translate-to", "DE", Path.Combine(folder, "page1.txt"));

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("[info]", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.invalid/", "test-key:fx", "DEEPL_SERVER_URL must be an absolute http or https URL")]
    [InlineData(null, "test-key:fx\nsecond line", "DEEPL_AUTH_KEY holds a space, line break or control character")]
    public async Task A_malformed_server_or_key_is_a_usage_error_not_a_crash(string? server, string key, string message)
    {
        var environment = new Dictionary<string, string?> { ["DEEPL_AUTH_KEY"] = key, ["DEEPL_SERVER_URL"] = server };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await Program.RunAsync(["clean", "--from", "text", "--translate-to", "DE"], new MemoryStream(Encoding.UTF8.GetBytes(Page)), stdout, stderr, name => environment.GetValueOrDefault(name));

        Assert.Equal(2, code);
        Assert.Contains(message, stderr.ToString(), StringComparison.Ordinal);
        Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(FakeDeepLServer server, params string[] args)
    {
        var environment = new Dictionary<string, string>
        {
            ["DEEPL_AUTH_KEY"] = FakeDeepLServer.Key,
            ["DEEPL_SERVER_URL"] = server.Url.ToString(),
        };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await Program.RunAsync(args, new MemoryStream(), stdout, stderr, name => environment.GetValueOrDefault(name));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
