using System.Diagnostics;
using System.Globalization;
using NewsScrub.Html;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>--attributes [FOLDER] [ROUNDS]</c>: HTML extraction with the attributes the walk never reads dropped before the
/// parse (as the reader does) and with them left in, in one process, page by page beside HtmlAgilityPack's parse of the
/// same strings, so that machine noise hits all three alike. Both give the same document.
/// </summary>
internal static class AttributeComparison
{
    public static int Run(string folder, int rounds)
    {
        var pipeline = ScrubPipeline.Default;
        var texts = Pages.Load(folder).Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        (string Name, Func<string, int> Run)[] runs =
        [
            ("parse only, string (HtmlAgilityPack LoadHtml)", static text => HtmlPageReader.ParseDocument(text).DocumentNode.ChildNodes.Count),
            ("extraction, unread attributes dropped", text => pipeline.Run(HtmlPageReader.Read(text, dropUnreadAttributes: true), null, CancellationToken.None).Blocks.Count),
            ("extraction, every attribute parsed", text => pipeline.Run(HtmlPageReader.Read(text, dropUnreadAttributes: false), null, CancellationToken.None).Blocks.Count),
        ];

        var c = CultureInfo.InvariantCulture;
        long Characters(bool drop) => texts.Sum(text => (long)ScriptStripper.Strip(text, drop).Length);
        Console.WriteLine(string.Create(c, $"{texts.Length} pages, {texts.Sum(static t => (long)t.Length):N0} characters; given to the parser: {Characters(false):N0} with every attribute, {Characters(true):N0} without the unread ones"));

        // Page by page, the runs one after another on the same page (in turn first), as the machine's speed drifts.
        var times = runs.Select(static _ => new List<double>()).ToArray();
        for (var round = 0; round <= rounds; round++)
        {
            GC.Collect();
            var total = new double[runs.Length];
            for (var p = 0; p < texts.Length; p++)
            {
                for (var j = 0; j < runs.Length; j++)
                {
                    var k = (j + p + round) % runs.Length;
                    var started = Stopwatch.GetTimestamp();
                    GC.KeepAlive(runs[k].Run(texts[p]));
                    total[k] += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }

            if (round > 0)
            {
                // Round 0 warms up.
                for (var k = 0; k < runs.Length; k++)
                {
                    times[k].Add(total[k]);
                }
            }
        }

        Console.WriteLine(string.Create(c, $"{rounds} rounds, one thread: best round, its ratio to the parse's best, and the median of the rounds' ratios"));
        for (var k = 0; k < runs.Length; k++)
        {
            var ratios = times[k].Select((time, round) => time / times[0][round]).Order().ToArray();
            Console.WriteLine(string.Create(c, $"  {runs[k].Name,-48} {times[k].Min(),7:0.0} ms  {times[k].Min() / times[0].Min(),6:0.00}  {ratios[ratios.Length / 2],6:0.00}"));
        }

        var paired = times[1].Select((time, round) => time / times[2][round]).Order().ToArray();
        Console.WriteLine(string.Create(c, $"  dropped / parsed: {times[1].Min() / times[2].Min():0.000} (best rounds), {paired[paired.Length / 2]:0.000} (median of the rounds)"));
        return 0;
    }
}
