using BenchmarkDotNet.Attributes;
using NewsScrub.Text;

namespace NewsScrub.Benchmarks;

/// <summary>Cleaning the 91 text dumps, against reading them into segments alone (the baseline).</summary>
[MemoryDiagnoser]
public class TextCleaningBenchmarks
{
    [Benchmark(Baseline = true)]
    public int ReadOnly()
    {
        var segments = 0;
        foreach (var page in BenchPages.TextDumps)
        {
            segments += PlainTextReader.Read(page).Segments.Count;
        }

        return segments;
    }

    [Benchmark]
    public int Clean()
    {
        var blocks = 0;
        foreach (var page in BenchPages.TextDumps)
        {
            blocks += ScrubPipeline.Default.CleanText(page).Blocks.Count;
        }

        return blocks;
    }
}
