using System.Text.Json;
using NewsScrub.Cli;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary>Issue 11: a translated shard (--out-file, --manifest) that DeepL stops keeps its output and has no manifest.</summary>
public sealed class ShardTranslationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsscrub-shard-translate-" + Guid.NewGuid().ToString("N"));

    public ShardTranslationTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "in"));
        for (var i = 1; i <= 3; i++)
        {
            File.WriteAllText(
                Path.Combine(folder, "in", $"page{i}.txt"),
                $"Harbour plan number {i} approved\n\nThe city council approved harbour plan number {i} on Monday evening after a long and heated debate about its costs, which have more than doubled since the project was first presented to the public three years ago.\n");
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_finished_translated_shard_has_its_output_and_manifest()
    {
        await using var server = await FakeDeepLServer.StartAsync();

        var (code, part, manifest) = await RunShardAsync(server);

        Assert.Equal(0, code);
        Assert.Equal(3, File.ReadAllLines(part).Length);
        Assert.Equal(3, JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.GetProperty("results").GetInt64());
    }

    [Fact]
    public async Task A_stopped_translation_keeps_the_whole_output_but_writes_no_manifest()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        server.CharacterLimit = 300;

        var (code, part, manifest) = await RunShardAsync(server);

        Assert.Equal(3, code);
        Assert.Equal(3, File.ReadAllLines(part).Length);
        Assert.False(File.Exists(manifest));
        Assert.Equal(["part.jsonl"], Directory.GetFiles(Path.Combine(folder, "out")).Select(Path.GetFileName));
    }

    private async Task<(int Code, string Part, string Manifest)> RunShardAsync(FakeDeepLServer server)
    {
        var part = Path.Combine(folder, "out", "part.jsonl");
        var manifest = Path.Combine(folder, "out", "part.manifest.json");
        var environment = new Dictionary<string, string>
        {
            ["DEEPL_AUTH_KEY"] = FakeDeepLServer.Key,
            ["DEEPL_SERVER_URL"] = server.Url.ToString(),
        };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] args = ["clean", "--from", "text", "--translate-to", "DE", "--format", "jsonl", "--out-file", part, "--manifest", manifest, Path.Combine(folder, "in")];
        var code = await Program.RunAsync(args, new MemoryStream(), stdout, stderr, name => environment.GetValueOrDefault(name));
        return (code, part, manifest);
    }
}
