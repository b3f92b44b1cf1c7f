using System.Diagnostics;
using System.Globalization;
using NewsScrub.Html;

namespace NewsScrub.Benchmarks;

/// <summary>
/// Quick throughput check: over the same pages, in one process and one thread, times (1) HtmlAgilityPack parsing
/// alone and (2) the whole extraction (decode, parse, read, all pipeline steps), and prints MB/s, pages/s and the ratio.
/// </summary>
internal static class Throughput
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
        Time("walk", () => PageWalker.Walk(document).Blocks.Count, 1);
        var walk = PageWalker.Walk(document);
        document = null;
        Time("select", () => HtmlPageReader.Build(walk).Segments.Count, 1);
        var bare = new ScrubPipelineBuilder().Build();
        Time("reader only", () => bare.CleanHtml(html).Blocks.Count, 1);
        Time("everything", () => ScrubPipeline.Default.CleanHtml(html).Blocks.Count, 1);
        return 0;
    }

    /// <summary>HtmlAgilityPack alone, with the reader's options, on the decoded page.</summary>
    private static int ParseOnly(string text)
    {
        var document = HtmlPageReader.NewDocument();
        document.LoadHtml(text);
        return document.DocumentNode.ChildNodes.Count;
    }

    /// <summary>Where the extraction's time goes, phase by phase, best of a few rounds each (set NEWSSCRUB_PHASES=1).</summary>
    private static void Phases((string Name, byte[] Bytes)[] pages)
    {
        var texts = pages.Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        Time("decode", () => pages.Sum(static page => HtmlDecoder.Decode(page.Bytes, null).Length));
        Time("nesting guard", () => texts.Sum(static text => NestingLimiter.Limit(text).Length));
        Time("parse", () => texts.Sum(ParseOnly));
        var documents = texts.Select(HtmlPageReader.ParseDocument).ToArray();
        Time("walk", () => documents.Sum(static document => PageWalker.Walk(document).Blocks.Count));
        documents = [];
        var walks = texts.Select(HtmlPageReader.Parse).ToArray();
        Time("select", () => walks.Sum(static walk => HtmlPageReader.Build(walk).Segments.Count));
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

        // Warm up both paths (JIT, static tables) before timing.
        foreach (var text in texts)
        {
            ParseOnly(text);
        }

        foreach (var page in pages)
        {
            _ = pipeline.CleanHtml(page.Bytes);
        }

        var parse = double.MaxValue;
        var extract = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            // Alternate the two so that machine noise hits both alike; keep the best round of each.
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var nodes = 0L;
            foreach (var text in texts)
            {
                nodes += ParseOnly(text);
            }

            parse = Math.Min(parse, clock.Elapsed.TotalSeconds);
            GC.Collect();
            clock.Restart();
            var blocks = 0L;
            foreach (var page in pages)
            {
                blocks += pipeline.CleanHtml(page.Bytes).Blocks.Count;
            }

            extract = Math.Min(extract, clock.Elapsed.TotalSeconds);
            GC.KeepAlive(nodes + blocks);
        }

        var c = CultureInfo.InvariantCulture;
        if (Environment.GetEnvironmentVariable("NEWSSCRUB_PHASES") is not null)
        {
            Phases(pages);
        }

        Console.WriteLine(string.Create(c, $"pages {pages.Length}, {megabytes:0.0} MB, best of {rounds} rounds, single thread"));
        Console.WriteLine(string.Create(c, $"parse only (HtmlAgilityPack)  {megabytes / parse,7:0.0} MB/s  {pages.Length / parse,7:0.0} pages/s  {parse * 1000,7:0} ms"));
        Console.WriteLine(string.Create(c, $"extraction (CleanHtml bytes)  {megabytes / extract,7:0.0} MB/s  {pages.Length / extract,7:0.0} pages/s  {extract * 1000,7:0} ms"));
        Console.WriteLine(string.Create(c, $"ratio extraction/parse {extract / parse:0.00}"));
        return 0;
    }
}
