using System.Text.Json;

namespace NewsScrub.Tests.Cli;

/// <summary><c>--out-file</c> and <c>--manifest</c>: the shard contract engines rely on (docs/scale.md).</summary>
public sealed class ShardRunTests
{
    private static string Warc(TempFolder temp) => temp.File("in.warc.gz",
    [
        .. WarcBuilder.Gzip(WarcBuilder.Response("http://x/0", WarcBuilder.Page(0))),
        .. WarcBuilder.Gzip(WarcBuilder.Response("http://x/truncated", WarcBuilder.Page(1)))[..150],
        .. WarcBuilder.Gzip(WarcBuilder.Response("http://x/2", WarcBuilder.Page(2))),
    ]);

    [Fact]
    public void Out_file_holds_what_stdout_would_and_the_manifest_counts_the_run()
    {
        using var temp = new TempFolder();
        var warc = Warc(temp);
        var part = Path.Combine(temp.Path, "out", "part-00000.jsonl");
        var manifest = Path.Combine(temp.Path, "out", "part-00000.manifest.json");

        var toStdout = CliRun.Of("clean", "--format", "jsonl", warc);
        var toFile = CliRun.Of("clean", "--format", "jsonl", "--out-file", part, "--manifest", manifest, warc);

        Assert.Equal(1, toFile.ExitCode);
        Assert.Equal(string.Empty, toFile.Stdout);
        Assert.Equal(toStdout.Stdout, File.ReadAllText(part));
        var line = JsonDocument.Parse(File.ReadAllText(manifest)).RootElement;
        Assert.Equal(warc, line.GetProperty("input")[0].GetString());
        Assert.Equal("1/1", line.GetProperty("shard").GetString());
        Assert.Equal(part, line.GetProperty("output").GetString());
        Assert.Equal(3, line.GetProperty("records").GetInt64());
        Assert.Equal(2, line.GetProperty("results").GetInt64());
        Assert.Equal(1, line.GetProperty("errors").GetInt64());
        Assert.Equal(["part-00000.jsonl", "part-00000.manifest.json"], Directory.GetFiles(Path.Combine(temp.Path, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rerun_replaces_the_output_and_the_manifest_instead_of_adding_to_them()
    {
        using var temp = new TempFolder();
        var warc = Warc(temp);
        var part = temp.File("part.jsonl", "a line of an earlier, killed attempt\n");
        var manifest = Path.Combine(temp.Path, "part.manifest.json");

        var first = CliRun.Of("clean", "--format", "jsonl", "--shard", "2/2", "--out-file", part, "--manifest", manifest, warc);
        var firstOutput = File.ReadAllText(part);
        var firstManifest = File.ReadAllText(manifest);
        var second = CliRun.Of("clean", "--format", "jsonl", "--shard", "2/2", "--out-file", part, "--manifest", manifest, warc);

        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Equal(firstOutput, File.ReadAllText(part));
        Assert.Equal(firstManifest, File.ReadAllText(manifest));
        Assert.Single(firstOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("2/2", JsonDocument.Parse(firstManifest).RootElement.GetProperty("shard").GetString());
        Assert.Equal(1, JsonDocument.Parse(firstManifest).RootElement.GetProperty("records").GetInt64());
    }

    [Fact]
    public void A_manifest_without_out_file_counts_a_run_to_stdout()
    {
        using var temp = new TempFolder();
        var warc = Warc(temp);
        var manifest = Path.Combine(temp.Path, "run.manifest.json");

        var run = CliRun.Of("clean", "--format", "jsonl", "--manifest", manifest, warc);

        Assert.Equal(3, run.Lines().Count);
        var line = JsonDocument.Parse(File.ReadAllText(manifest)).RootElement;
        Assert.Equal(JsonValueKind.Null, line.GetProperty("output").ValueKind);
        Assert.Equal(3, line.GetProperty("records").GetInt64());
    }

    [Theory]
    [InlineData("--out-file")]
    [InlineData("--manifest")]
    public void An_output_that_would_replace_an_input_is_a_usage_error_and_the_input_is_kept(string option)
    {
        using var temp = new TempFolder();
        var warc = Warc(temp);
        var before = File.ReadAllBytes(warc);

        var run = CliRun.Of("clean", "--format", "jsonl", option, warc, warc);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is an input", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(warc));
    }

    [Fact]
    public void Out_file_with_out_or_the_same_file_as_the_manifest_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var warc = Warc(temp);
        var part = Path.Combine(temp.Path, "part.jsonl");

        var withOut = CliRun.Of("clean", "--out-file", part, "--out", Path.Combine(temp.Path, "dir"), warc);
        var same = CliRun.Of("clean", "--out-file", part, "--manifest", part, warc);

        Assert.Equal(2, withOut.ExitCode);
        Assert.Contains("--out-file and --out", withOut.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, same.ExitCode);
        Assert.False(File.Exists(part));
    }
}
