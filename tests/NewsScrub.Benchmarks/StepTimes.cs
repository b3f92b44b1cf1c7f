using System.Diagnostics;
using System.Globalization;
using NewsScrub.Html;
using NewsScrub.Internal;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>--step-times [FOLDER] [ROUNDS]</c>: where the time of an HTML extraction goes, phase by phase, over the same pages
/// in one process: HtmlAgilityPack's parse of the page as given (the baseline), then as the reader runs them: taking
/// the code out of scripts and styles, HtmlAgilityPack's parse of what is left, the walk, building the document, language detection, then each step of the
/// default pipeline, page by page as the pipeline runs them (each phase's total over the pages, best of the rounds, as a share of the parse),
/// with what each phase allocates per round (the same every round).
/// </summary>
internal static class StepTimes
{
    public static int Run(string folder, int rounds)
    {
        var texts = Pages.Load(folder).Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        var steps = ScrubPipeline.Default.Steps;
        var names = new List<string> { "parse of the page (baseline)", "strip scripts and styles", "parse of the stripped page", "walk", "build segments", "language, if none yet" };
        names.AddRange(steps.Select(static step => step.Name));

        // Content selection part by part, timed on the same documents just before the step runs (and not counted in its row).
        string[] parts = ["  evidence", "  page context", "  feature rows", "  first-stage trees"];
        var partsAt = names.Count;
        names.AddRange(parts);
        var best = Enumerable.Repeat(double.MaxValue, names.Count).ToArray();
        var allocated = new long[names.Count];
        for (var round = 0; round <= rounds; round++)
        {
            var times = new double[names.Count];
            var bytes = new long[names.Count];
            GC.Collect();
            foreach (var text in texts)
            {
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                var baselineAt = Stopwatch.GetTimestamp();
                GC.KeepAlive(HtmlPageReader.ParseDocument(text));
                var started = Stopwatch.GetTimestamp();
                var a1 = GC.GetAllocatedBytesForCurrentThread();
                var stripped = ScriptStripper.Strip(text);
                var strippedAt = Stopwatch.GetTimestamp();
                var a2 = GC.GetAllocatedBytesForCurrentThread();
                var parsed = HtmlPageReader.ParseDocument(stripped);
                var parsedAt = Stopwatch.GetTimestamp();
                var a3 = GC.GetAllocatedBytesForCurrentThread();
                var walk = PageWalker.Walk(parsed, anchorsMarked: true);
                var walkedAt = Stopwatch.GetTimestamp();
                var a4 = GC.GetAllocatedBytesForCurrentThread();
                var document = HtmlPageReader.Build(walk);
                var builtAt = Stopwatch.GetTimestamp();
                var a5 = GC.GetAllocatedBytesForCurrentThread();
                document.Language ??= Languages.LanguageDetector.Detect(document.Segments.Select(static segment => segment.Text));
                var last = Stopwatch.GetTimestamp();
                var lastBytes = GC.GetAllocatedBytesForCurrentThread();
                (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5]) =
                    (bytes[0] + a1 - a0, bytes[1] + a2 - a1, bytes[2] + a3 - a2, bytes[3] + a4 - a3, bytes[4] + a5 - a4, bytes[5] + lastBytes - a5);
                times[0] += Stopwatch.GetElapsedTime(baselineAt, started).TotalMilliseconds;
                times[1] += Stopwatch.GetElapsedTime(started, strippedAt).TotalMilliseconds;
                times[2] += Stopwatch.GetElapsedTime(strippedAt, parsedAt).TotalMilliseconds;
                times[3] += Stopwatch.GetElapsedTime(parsedAt, walkedAt).TotalMilliseconds;
                times[4] += Stopwatch.GetElapsedTime(walkedAt, builtAt).TotalMilliseconds;
                times[5] += Stopwatch.GetElapsedTime(builtAt, last).TotalMilliseconds;
                for (var s = 0; s < steps.Count; s++)
                {
                    if (steps[s] is NewsScrub.Steps.ContentSelectionStep)
                    {
                        Parts(document, times, bytes, partsAt);
                        last = Stopwatch.GetTimestamp();
                        lastBytes = GC.GetAllocatedBytesForCurrentThread();
                    }

                    steps[s].Apply(document);
                    var now = Stopwatch.GetTimestamp();
                    var nowBytes = GC.GetAllocatedBytesForCurrentThread();
                    times[6 + s] += Stopwatch.GetElapsedTime(last, now).TotalMilliseconds;
                    bytes[6 + s] += nowBytes - lastBytes;
                    (last, lastBytes) = (now, nowBytes);
                }

                GC.KeepAlive(document.ToArticle());
            }

            if (round > 0)
            {
                // Round 0 warms up; allocations are the same each round.
                allocated = bytes;
                for (var k = 0; k < names.Count; k++)
                {
                    best[k] = Math.Min(best[k], times[k]);
                }
            }
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{texts.Length} pages, best of {rounds} rounds, one thread; share of the parse's time; MB allocated per round"));
        for (var k = 0; k < names.Count; k++)
        {
            Console.WriteLine(string.Create(c, $"  {names[k],-28} {best[k],7:0.0} ms  {best[k] / best[0],5:0.00}  {allocated[k] / 1e6,7:0.0} MB"));
        }

        var total = best.Take(partsAt).Skip(1).Sum();
        var totalBytes = allocated.Take(partsAt).Skip(1).Sum();
        Console.WriteLine(string.Create(c, $"  {"all the reader and steps do",-28} {total,7:0.0} ms  {total / best[0],5:0.00}  {totalBytes / 1e6,7:0.0} MB"));
        return 0;
    }

    /// <summary>
    /// <c>--step-times-text [FOLDER] [ROUNDS]</c>: the same for scraped text (the Zyte DEV text dumps by default): reading
    /// the text into segments (the baseline), language detection, then each step of the default pipeline, content
    /// selection part by part.
    /// </summary>
    public static int RunText(IReadOnlyList<string> texts, int rounds)
    {
        var steps = ScrubPipeline.Default.Steps;
        var names = new List<string> { "read into segments (baseline)", "language" };
        names.AddRange(steps.Select(static step => step.Name));
        string[] parts = ["  evidence", "  page context", "  feature rows", "  first-stage trees"];
        var partsAt = names.Count;
        names.AddRange(parts);
        var best = Enumerable.Repeat(double.MaxValue, names.Count).ToArray();
        var allocated = new long[names.Count];
        for (var round = 0; round <= rounds; round++)
        {
            var times = new double[names.Count];
            var bytes = new long[names.Count];
            GC.Collect();
            foreach (var text in texts)
            {
                var lastBytes = GC.GetAllocatedBytesForCurrentThread();
                var last = Stopwatch.GetTimestamp();
                var document = NewsScrub.Text.PlainTextReader.Read(text);
                Lap(times, bytes, 0, ref last, ref lastBytes);
                document.Language ??= Languages.LanguageDetector.Detect(document.Segments.Select(static segment => segment.Text));
                Lap(times, bytes, 1, ref last, ref lastBytes);
                for (var s = 0; s < steps.Count; s++)
                {
                    if (steps[s] is NewsScrub.Steps.ContentSelectionStep)
                    {
                        Parts(document, times, bytes, partsAt);
                        last = Stopwatch.GetTimestamp();
                        lastBytes = GC.GetAllocatedBytesForCurrentThread();
                    }

                    steps[s].Apply(document);
                    Lap(times, bytes, 2 + s, ref last, ref lastBytes);
                }

                GC.KeepAlive(document.ToArticle());
            }

            if (round > 0)
            {
                allocated = bytes;
                for (var k = 0; k < names.Count; k++)
                {
                    best[k] = Math.Min(best[k], times[k]);
                }
            }
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{texts.Count} text pages, best of {rounds} rounds, one thread; share of the reading's time; MB allocated per round"));
        for (var k = 0; k < names.Count; k++)
        {
            Console.WriteLine(string.Create(c, $"  {names[k],-30} {best[k],7:0.0} ms  {best[k] / best[0],6:0.00}  {allocated[k] / 1e6,7:0.0} MB"));
        }

        var total = best.Take(partsAt).Sum();
        Console.WriteLine(string.Create(c, $"  {"all of the cleaning",-30} {total,7:0.0} ms  {total / best[0],6:0.00}  {allocated.Take(partsAt).Sum() / 1e6,7:0.0} MB"));
        return 0;
    }

    private static void Lap(double[] times, long[] bytes, int k, ref long last, ref long lastBytes)
    {
        var now = Stopwatch.GetTimestamp();
        var nowBytes = GC.GetAllocatedBytesForCurrentThread();
        times[k] += Stopwatch.GetElapsedTime(last, now).TotalMilliseconds;
        bytes[k] += nowBytes - lastBytes;
        (last, lastBytes) = (now, nowBytes);
    }

    private static void Parts(ScrubDocument document, double[] times, long[] bytes, int at)
    {
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        var evidence = new NewsScrub.Steps.PageEvidence(document);
        var evidenceAt = Stopwatch.GetTimestamp();
        var a1 = GC.GetAllocatedBytesForCurrentThread();
        var context = new NewsScrub.Steps.PageContext(document, evidence, NewsScrub.Steps.ContentModel.BuiltIn.Names);
        var contextAt = Stopwatch.GetTimestamp();
        var a2 = GC.GetAllocatedBytesForCurrentThread();
        using var rows = NewsScrub.Steps.ContentModel.Rows(NewsScrub.Steps.ContentModel.Candidates(document), context);
        var rowsAt = Stopwatch.GetTimestamp();
        var a3 = GC.GetAllocatedBytesForCurrentThread();
        foreach (var member in NewsScrub.Steps.ContentModel.BuiltIn.Members)
        {
            member[0].Score(rows, new double[document.Segments.Count]);
        }
        var treesAt = Stopwatch.GetTimestamp();
        var a4 = GC.GetAllocatedBytesForCurrentThread();
        (bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]) = (bytes[at] + a1 - a0, bytes[at + 1] + a2 - a1, bytes[at + 2] + a3 - a2, bytes[at + 3] + a4 - a3);
        times[at] += Stopwatch.GetElapsedTime(started, evidenceAt).TotalMilliseconds;
        times[at + 1] += Stopwatch.GetElapsedTime(evidenceAt, contextAt).TotalMilliseconds;
        times[at + 2] += Stopwatch.GetElapsedTime(contextAt, rowsAt).TotalMilliseconds;
        times[at + 3] += Stopwatch.GetElapsedTime(rowsAt, treesAt).TotalMilliseconds;
    }
}
