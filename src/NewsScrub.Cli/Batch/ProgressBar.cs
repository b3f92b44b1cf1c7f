using System.Diagnostics;
using System.Globalization;

namespace NewsScrub.Cli.Batch;

/// <summary>Redraws a progress line on stderr twice a second: records, MB, rate, and percentage and ETA when the total is known.</summary>
internal sealed class ProgressBar : IDisposable
{
    private readonly ConsoleLog log;
    private readonly Timer timer;

    public ProgressBar(ConsoleLog log, BatchCounters counters, Stopwatch clock)
    {
        this.log = log;
        timer = new Timer(_ => log.Progress(Render(counters, clock.Elapsed)), null, 500, 500);
    }

    public static string Render(BatchCounters counters, TimeSpan elapsed)
    {
        var megabytes = counters.BytesDone / 1048576.0;
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var rate = megabytes / seconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"{counters.Records} records ({counters.Failed} failed)  {megabytes:F1}");
        if (counters.TotalBytes > 0)
        {
            var fraction = Math.Clamp((double)counters.BytesDone / counters.TotalBytes, 0, 1);
            var filled = (int)(fraction * 20);
            var remaining = rate > 0 ? TimeSpan.FromSeconds((counters.TotalBytes - counters.BytesDone) / 1048576.0 / rate) : TimeSpan.Zero;
            line = string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', 20 - filled)}] {fraction * 100,3:F0}%  {line}/{counters.TotalBytes / 1048576.0:F1} MB  {rate:F2} MB/s  ETA {(int)remaining.TotalMinutes}:{remaining.Seconds:D2}");
        }
        else
        {
            line = string.Create(CultureInfo.InvariantCulture, $"{line} MB  {rate:F2} MB/s");
        }

        return line;
    }

    public void Dispose()
    {
        using (var stopped = new ManualResetEvent(false))
        {
            if (timer.Dispose(stopped))
            {
                stopped.WaitOne();
            }
        }

        log.ClearProgress();
    }
}
