using NewsScrub.Cli;
using NewsScrub.Cli.Batch;

namespace NewsScrub.Tests.Cli;

public sealed class ProgressTests
{
    [Fact]
    public void Progress_line_shows_records_megabytes_rate_and_eta_when_the_total_is_known()
    {
        var counters = new BatchCounters { TotalBytes = 100L * 1048576 };
        counters.AddBytes(25L * 1048576);
        counters.AddRecord(ok: true, removed: 10);
        counters.AddRecord(ok: false, removed: 0);

        var line = ProgressBar.Render(counters, TimeSpan.FromSeconds(10));

        Assert.Equal("[#####...............]  25%  2 records (1 failed)  25.0/100.0 MB  2.50 MB/s  ETA 0:30", line);
    }

    [Fact]
    public void Progress_line_has_no_eta_when_the_total_is_unknown()
    {
        var counters = new BatchCounters();
        counters.AddBytes(3L * 1048576);

        Assert.Equal("0 records (0 failed)  3.0 MB  1.50 MB/s", ProgressBar.Render(counters, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void Summary_gives_records_failures_characters_removed_and_throughput()
    {
        var counters = new BatchCounters();
        counters.AddBytes(10L * 1048576);
        counters.AddRecord(ok: true, removed: 1234);
        counters.AddRecord(ok: false, removed: 0);

        Assert.Equal(
            "newsscrub: 2 records, 1 failed, 1234 characters removed; 10.0 MB in 4.0 s: 2.50 MB/s, 0.5 records/s",
            CleanCommand.Summary(counters, TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public void Forced_progress_goes_to_stderr_only_and_is_cleared()
    {
        using var temp = new TempFolder();
        temp.File("a.html", WarcBuilder.Page(1));

        var run = CliRun.Of("clean", "--format", "jsonl", "--progress", temp.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Lines());
        Assert.Contains("1 records, 0 failed", run.Stderr, StringComparison.Ordinal);
    }
}
