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
            _ = HtmlPageReader.ParseDocument(text);
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
                nodes += HtmlPageReader.ParseDocument(text).DocumentNode.ChildNodes.Count;
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
        Console.WriteLine(string.Create(c, $"pages {pages.Length}, {megabytes:0.0} MB, best of {rounds} rounds, single thread"));
        Console.WriteLine(string.Create(c, $"parse only (HtmlAgilityPack)  {megabytes / parse,7:0.0} MB/s  {pages.Length / parse,7:0.0} pages/s  {parse * 1000,7:0} ms"));
        Console.WriteLine(string.Create(c, $"extraction (CleanHtml bytes)  {megabytes / extract,7:0.0} MB/s  {pages.Length / extract,7:0.0} pages/s  {extract * 1000,7:0} ms"));
        Console.WriteLine(string.Create(c, $"ratio extraction/parse {extract / parse:0.00}"));
        return 0;
    }
}
