using System.Diagnostics;

namespace NewsScrub.Benchmarks;

/// <summary>
/// A quick single-thread throughput run: each workload is timed over the same pages in one process, repeated until
/// it has run for a while, and reported in MB/s with its ratio to the baseline measured in the same run.
/// </summary>
internal static class Throughput
{
    public static void Run(string name, IReadOnlyList<string> pages, (string Name, Action<string> Work)[] workloads, TextWriter output)
    {
        var megabytes = BenchPages.Utf8Bytes(pages) / (1024.0 * 1024.0);
        output.WriteLine($"{name}: {pages.Count} pages, {megabytes:F2} MB, single thread");
        double? baseline = null;
        double? cpuBaseline = null;
        foreach (var (workload, work) in workloads)
        {
            foreach (var page in pages)
            {
                work(page); // warm up: JIT, lazy data
            }

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var rounds = 0;
            while (stopwatch.Elapsed < TimeSpan.FromSeconds(3) || rounds < 3)
            {
                foreach (var page in pages)
                {
                    work(page);
                }

                rounds++;
            }

            var seconds = stopwatch.Elapsed.TotalSeconds / rounds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds / rounds;
            cpuBaseline ??= cpu;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            foreach (var page in pages)
            {
                work(page);
            }

            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (1024.0 * 1024.0);
            var rate = megabytes / seconds;
            baseline ??= seconds;
            output.WriteLine($"  {workload,-28} {rate,8:F1} MB/s {pages.Count / seconds,9:F0} pages/s   x{seconds / baseline.Value:F2} the time of the baseline (CPU x{cpu / cpuBaseline.Value:F2}), {allocated / megabytes,5:F1} MB allocated per MB");
        }
    }
}
