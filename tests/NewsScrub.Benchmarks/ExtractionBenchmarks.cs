using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsScrub.Html;

namespace NewsScrub.Benchmarks;

/// <summary>
/// BenchmarkDotNet: the 91 DEV pages per operation, parse-only against the whole extraction. The extraction needs
/// many calls before tiered compilation settles (first iterations run at 2-3 times the steady cost), hence the warmup.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class ExtractionBenchmarks
{
    private (string Name, byte[] Bytes)[] pages = [];
    private string[] texts = [];

    [GlobalSetup]
    public void Setup()
    {
        pages = Pages.Load(Pages.DefaultFolder);
        texts = pages.Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "HtmlAgilityPack parse only")]
    public int ParseOnly()
    {
        var count = 0;
        foreach (var text in texts)
        {
            var document = HtmlPageReader.NewDocument();
            document.LoadHtml(text);
            count += document.DocumentNode.ChildNodes.Count;
        }

        return count;
    }

    [Benchmark(Description = "Extraction (CleanHtml)")]
    public int Extract()
    {
        var count = 0;
        foreach (var page in pages)
        {
            count += ScrubPipeline.Default.CleanHtml(page.Bytes).Blocks.Count;
        }

        return count;
    }

    /// <summary>
    /// In process (a generated project under tests/ would inherit the test projects' build settings), 20 warmup and
    /// 10 measured iterations.
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithWarmupCount(20).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
    }
}
