using System.Text.Json;
using NewsScrub.Cli;
using NewsScrub.Cli.Batch;

namespace NewsScrub.Tests.Cli;

public sealed class ShardOutputTests
{
    [Fact]
    public void Output_appears_only_on_commit_and_replaces_the_earlier_output()
    {
        using var temp = new TempFolder();
        var target = temp.File("part-0.jsonl", "an earlier run's output\n");

        using (var output = new ShardOutput(target))
        {
            output.Writer.WriteLine("{\"a\":1}");
            output.Writer.Flush();
            Assert.Equal("an earlier run's output\n", File.ReadAllText(target));
            output.Commit();
        }

        Assert.Equal("{\"a\":1}\n", File.ReadAllText(target));
        Assert.Equal(["part-0.jsonl"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_not_committed_leaves_the_target_as_it_was_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        var target = temp.File("part-0.jsonl", "kept\n");

        using (var output = new ShardOutput(target))
        {
            output.Writer.WriteLine("half a run");
        }

        Assert.Equal("kept\n", File.ReadAllText(target));
        Assert.Equal(["part-0.jsonl"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Two_attempts_at_once_write_separate_temporary_files_and_the_last_commit_wins()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "out", "part-1.jsonl");

        using var first = new ShardOutput(target);
        using var second = new ShardOutput(target);
        first.Writer.Write("first\n");
        second.Writer.Write("second\n");
        Assert.Equal(2, Directory.GetFiles(Path.GetDirectoryName(target)!, "*" + AtomicFile.TemporarySuffix).Length);
        first.Commit();
        second.Commit();

        Assert.Equal("second\n", File.ReadAllText(target));
        Assert.Equal(["part-1.jsonl"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public void The_manifest_is_one_json_line_with_the_run_counts()
    {
        using var temp = new TempFolder();
        var counters = new BatchCounters();
        counters.AddRead();
        counters.AddRead();
        counters.AddRecord(ok: true, removed: 40);
        counters.AddRecord(ok: false, removed: 0);
        var options = new CliOptions { Paths = ["in/a.warc.gz"], ShardIndex = 2, ShardCount = 4 };
        var path = Path.Combine(temp.Path, "part-0.manifest.json");

        ShardManifest.Of(options, "out/a.jsonl", counters).Write(path);

        var text = File.ReadAllText(path);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var manifest = JsonDocument.Parse(text).RootElement;
        Assert.Equal("in/a.warc.gz", manifest.GetProperty("input")[0].GetString());
        Assert.Equal("2/4", manifest.GetProperty("shard").GetString());
        Assert.Equal("out/a.jsonl", manifest.GetProperty("output").GetString());
        Assert.Equal(2, manifest.GetProperty("records").GetInt64());
        Assert.Equal(1, manifest.GetProperty("results").GetInt64());
        Assert.Equal(1, manifest.GetProperty("errors").GetInt64());
        Assert.Equal(40, manifest.GetProperty("charactersRemoved").GetInt64());
    }
}
