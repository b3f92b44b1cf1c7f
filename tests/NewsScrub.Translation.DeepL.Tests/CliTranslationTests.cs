using System.Text;
using System.Text.Json;
using NewsScrub.Cli;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary><c>newsscrub clean --translate-to</c> and <c>newsscrub usage</c> against the fake server.</summary>
public sealed class CliTranslationTests
{
    private const string Page = """
        Harbour plan approved after a long debate

        The city council approved the new harbour plan on Monday evening after a long and heated debate about its costs, which have more than doubled since the project was first presented to the public three years ago. The mayor said that the city could not afford to wait any longer.

        Work on the northern pier is expected to begin in the spring and to last at least two years, according to the port authority. During that time, the ferries to the islands will leave from a temporary terminal on the southern side of the bay, which is being built at the moment.

        Construction companies will be invited to bid for the contract in the coming weeks, and the council hopes to choose one of them before the end of the year. Opposition members have asked for an independent review of the budget before any contract is signed.
        """;

    [Fact]
    public async Task Clean_translates_the_body_with_the_key_and_server_from_the_environment()
    {
        await using var server = await FakeDeepLServer.StartAsync();

        var (code, stdout, stderr) = await RunAsync(server, ["clean", "--from", "text", "--translate-to", "de", "--format", "json"]);

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("DE", json.RootElement.GetProperty("targetLanguage").GetString());
        var body = json.RootElement.GetProperty("body").EnumerateArray().ToList();
        Assert.NotEmpty(body);
        Assert.All(body, static block => Assert.Equal("[DE] " + block.GetProperty("original").GetString(), block.GetProperty("translation").GetString()));
        Assert.Contains("characters billed", stderr, StringComparison.Ordinal);
        Assert.All(server.Requests, static request => Assert.Equal("DeepL-Auth-Key " + FakeDeepLServer.Key, request.Authorization));
    }

    [Fact]
    public async Task An_unknown_target_language_is_a_usage_error()
    {
        await using var server = await FakeDeepLServer.StartAsync();

        var (code, _, stderr) = await RunAsync(server, ["clean", "--translate-to", "xx"]);

        Assert.Equal(2, code);
        Assert.Contains("not a DeepL target language", stderr, StringComparison.Ordinal);
        Assert.Contains("EN-GB", stderr, StringComparison.Ordinal);
        Assert.Empty(server.TranslateRequests);
    }

    [Fact]
    public async Task A_missing_key_is_a_usage_error()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await Program.RunAsync(["clean", "--translate-to", "DE"], new MemoryStream(), stdout, stderr, static _ => null);

        Assert.Equal(2, code);
        Assert.Contains("DEEPL_AUTH_KEY", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dry_run_reports_characters_without_translating()
    {
        await using var server = await FakeDeepLServer.StartAsync();

        var (code, stdout, stderr) = await RunAsync(server, ["clean", "--from", "text", "--translate-to", "DE", "--translate-dry-run"]);

        Assert.True(code == 0, stderr);
        Assert.Contains("characters would be billed", stdout, StringComparison.Ordinal);
        Assert.Empty(server.TranslateRequests);
    }

    [Fact]
    public async Task Quota_exceeded_stops_the_run_with_exit_code_3()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        server.CharacterLimit = 10;

        var (code, stdout, stderr) = await RunAsync(server, ["clean", "--from", "text", "--translate-to", "DE"]);

        Assert.Equal(3, code);
        Assert.Contains("Quota for this billing period has been exceeded.", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[DE]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_prints_the_character_usage()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        server.CharacterLimit = 1_000_000;

        var (code, stdout, stderr) = await RunAsync(server, ["usage"]);

        Assert.True(code == 0, stderr);
        Assert.Equal("0 of 1,000,000 characters used (0.0%)", stdout.Trim());
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(FakeDeepLServer server, string[] args)
    {
        var environment = new Dictionary<string, string>
        {
            ["DEEPL_AUTH_KEY"] = FakeDeepLServer.Key,
            ["DEEPL_SERVER_URL"] = server.Url.ToString(),
        };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Program.RunAsync(args, new MemoryStream(Encoding.UTF8.GetBytes(Page)), stdout, stderr, name => environment.GetValueOrDefault(name));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
