using System.Diagnostics;
using System.Globalization;
using NewsScrub.Html;

namespace NewsScrub.Benchmarks;

/// <summary>
/// Quick HTML throughput check: over the DEV pages, in one process and one thread, times HtmlAgilityPack parsing alone
/// and the whole extraction (decode, parse, read, all pipeline steps) on the same input, and prints MB/s, pages/s and
/// the ratio.
/// </summary>
internal static class HtmlThroughput
{
    /// <summary>Phases of one synthetic page of the given size in megabytes.</summary>
    public static int Large(int megabytes)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append("<html><head><title>Long</title></head><body><article>");
        var i = 0;
        while (builder.Length < megabytes * 1024 * 1024)
        {
            builder.Append("<div class=\"section\"><h2>Part ").Append(i++).Append("</h2><p>The council approved the new budget on Tuesday after a long debate about schools, roads and the future of the harbour.</p>")
                .Append("<p>Residents asked <a href=\"/q\">questions</a> about the <em>timetable</em> and the cost of repairs.</p><ul><li>First point</li><li>Second point</li></ul></div>\n");
        }

        builder.Append("</article></body></html>");
        var html = builder.ToString();
        Time("guard", () => NestingLimiter.Limit(html).Length, 1);
        Time("parse", () => ParseOnly(html), 1);
        var document = HtmlPageReader.ParseDocument(html);
        Time("walk", () => PageWalker.Walk(document, anchorsMarked: false).Blocks.Count, 1);
        var walk = PageWalker.Walk(document, anchorsMarked: false);
        document = null;
        Time("build", () => HtmlPageReader.Build(walk).Segments.Count, 1);
        var bare = new ScrubPipelineBuilder().Build();
        Time("reader only", () => bare.CleanHtml(html).Blocks.Count, 1);
        Time("everything", () => ScrubPipeline.Default.CleanHtml(html).Blocks.Count, 1);
        return 0;
    }

    private static int ParseOnly(string text)
    {
        var document = HtmlPageReader.NewDocument();
        document.LoadHtml(text);
        return document.DocumentNode.ChildNodes.Count;
    }

    private static void Phases((string Name, byte[] Bytes)[] pages)
    {
        var texts = pages.Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        Time("decode", () => pages.Sum(static page => HtmlDecoder.Decode(page.Bytes, null).Length));
        Time("nesting guard", () => texts.Sum(static text => NestingLimiter.Limit(text).Length));
        Time("parse", () => texts.Sum(ParseOnly));
        Time("parse, default options", () => texts.Sum(static text =>
        {
            var document = new HtmlAgilityPack.HtmlDocument();
            document.LoadHtml(text);
            return document.DocumentNode.ChildNodes.Count;
        }));
        var documents = texts.Select(HtmlPageReader.ParseDocument).ToArray();
        Time("walk", () => documents.Sum(static document => PageWalker.Walk(document, anchorsMarked: false).Blocks.Count));
        documents = [];
        var walks = texts.Select(static text => HtmlPageReader.Parse(text, anchorsMarked: false)).ToArray();
        Time("build", () => walks.Sum(static walk => HtmlPageReader.Build(walk).Segments.Count));
        var bare = new ScrubPipelineBuilder().Build();
        Time("reader only (string)", () => texts.Sum(text => bare.CleanHtml(text).Removed.Count));
        Time("everything (string)", () => texts.Sum(static text => ScrubPipeline.Default.CleanHtml(text).Removed.Count));
    }

    private static void Time(string name, Func<int> action, int rounds = 5)
    {
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(action());
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {best,7:0} ms"));
    }

    public static int Run(string folder, int rounds)
    {
        var pages = Pages.Load(folder);
        if (pages.Length == 0)
        {
            Console.Error.WriteLine($"no *.html pages in {folder}");
            return 2;
        }

        var texts = pages.Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        var megabytes = pages.Sum(static page => (long)page.Bytes.Length) / (1024.0 * 1024.0);
        var pipeline = ScrubPipeline.Default;

        // The same input on both sides: decoded strings (CleanHtml(string) against HtmlDocument.LoadHtml), and the
        // page bytes (CleanHtml(byte[]) against HtmlDocument.Load(Stream), which decodes with its own detection).
        Func<int>[] runs =
        [
            () => texts.Sum(ParseOnly),
            () => texts.Sum(text => pipeline.CleanHtml(text).Blocks.Count),
            () => pages.Sum(static page => ParseBytes(page.Bytes)),
            () => pages.Sum(page => pipeline.CleanHtml(page.Bytes).Blocks.Count),
        ];
        string[] names = ["parse only, string (HtmlAgilityPack LoadHtml)", "extraction, string (CleanHtml)", "parse only, bytes (HtmlAgilityPack Load)", "extraction, bytes (CleanHtml)"];

        // Warm up (JIT, static tables), then alternate the runs round by round so that machine noise hits all alike.
        foreach (var run in runs)
        {
            run();
        }

        var best = Enumerable.Repeat(double.MaxValue, runs.Length).ToArray();
        var ratios = new[] { new List<double>(), new List<double>() };
        for (var round = 0; round < rounds; round++)
        {
            var times = new double[runs.Length];
            for (var k = 0; k < runs.Length; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var clock = Stopwatch.StartNew();
                GC.KeepAlive(runs[k]());
                times[k] = clock.Elapsed.TotalSeconds;
                best[k] = Math.Min(best[k], times[k]);
            }

            ratios[0].Add(times[1] / times[0]);
            ratios[1].Add(times[3] / times[2]);
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"pages {pages.Length}, {megabytes:0.0} MB, best of {rounds} rounds, one process, single thread"));
        for (var k = 0; k < runs.Length; k++)
        {
            Console.WriteLine(string.Create(c, $"{names[k],-48} {megabytes / best[k],7:0.0} MB/s  {pages.Length / best[k],7:0.0} pages/s  {best[k] * 1000,6:0} ms"));
        }

        Console.WriteLine(string.Create(c, $"ratio extraction/parse, string input: {best[1] / best[0]:0.00} (best rounds), {Median(ratios[0]):0.00} (median of rounds)"));
        Console.WriteLine(string.Create(c, $"ratio extraction/parse, byte input:   {best[3] / best[2]:0.00} (best rounds), {Median(ratios[1]):0.00} (median of rounds)"));
        if (Environment.GetEnvironmentVariable("NEWSSCRUB_PHASES") is not null)
        {
            Allocations(pages, texts);
            Phases(pages);
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static void Allocations((string Name, byte[] Bytes)[] pages, string[] texts)
    {
        Measure("parse only, string", () => texts.Sum(ParseOnly));
        Measure("extraction, string", () => texts.Sum(static text => ScrubPipeline.Default.CleanHtml(text).Blocks.Count));
        Measure("extraction, bytes", () => pages.Sum(static page => ScrubPipeline.Default.CleanHtml(page.Bytes).Blocks.Count));
    }

    /// <summary>What one round allocates and how long the garbage collector paused it, by generation collected.</summary>
    private static void Measure(string name, Func<int> run)
    {
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var paused = GC.GetTotalPauseDuration();
        var counts = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(run());
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var collections = string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - counts[g]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0,6:0} MB  collections gen0/1/2 {collections,-10}  paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,5:0} ms of {elapsed:0}"));
    }

    private static int ParseBytes(byte[] bytes)
    {
        var document = HtmlPageReader.NewDocument();
        using var stream = new MemoryStream(bytes, writable: false);
        document.Load(stream, detectEncodingFromByteOrderMarks: true);
        return document.DocumentNode.ChildNodes.Count;
    }

}
