using System.Diagnostics;
using System.Globalization;
using NewsScrub.Html;
using NewsScrub.Internal;

namespace NewsScrub.Benchmarks;

/// <summary>
/// Where the time of a cleaning goes, phase by phase, over the same pages in one process: the reader's phases, then
/// each step of the default pipeline as the pipeline runs them, content selection also part by part (each phase's
/// total over the pages, best of the rounds, as a share of the first phase, the baseline), with what each phase
/// allocates per round (the same every round).
/// </summary>
internal static class StepTimes
{
    /// <summary>
    /// <c>--step-times [FOLDER] [ROUNDS]</c>: HTML pages. HtmlAgilityPack's parse of the page as given (the baseline),
    /// then as the reader runs them: taking out what the walk never reads, HtmlAgilityPack's parse of what is left, the
    /// walk, building the document; then language detection when the page declared none the text confirms.
    /// </summary>
    public static int Run(string folder, int rounds)
    {
        var texts = Pages.Load(folder).Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        return Run(
            texts,
            rounds,
            "pages; share of the parse's time",
            ["parse of the page (baseline)", "strip scripts and styles", "parse of the stripped page", "walk", "build segments"],
            static (text, clock) =>
            {
                GC.KeepAlive(HtmlPageReader.ParseDocument(text));
                clock.Lap(0);
                var stripped = ScriptStripper.Strip(text);
                clock.Lap(1);
                var parsed = HtmlPageReader.ParseDocument(stripped);
                clock.Lap(2);
                var walk = PageWalker.Walk(parsed, anchorsMarked: true);
                clock.Lap(3);
                var document = HtmlPageReader.Build(walk);
                clock.Lap(4);
                return document;
            },
            "all the reader and steps do",
            countBaseline: false);
    }

    /// <summary>
    /// <c>--step-times-text [FOLDER] [ROUNDS]</c>: scraped text (the Zyte DEV text dumps by default). Reading the text
    /// into segments (the baseline), then language detection.
    /// </summary>
    public static int RunText(IReadOnlyList<string> texts, int rounds) => Run(
        texts,
        rounds,
        "text pages; share of the reading's time",
        ["read into segments (baseline)"],
        static (text, clock) =>
        {
            var document = NewsScrub.Text.PlainTextReader.Read(text);
            clock.Lap(0);
            return document;
        },
        "all of the cleaning",
        countBaseline: true);

    private static int Run(IReadOnlyList<string> texts, int rounds, string what, string[] readPhases, Func<string, Clock, ScrubDocument> read, string totalName, bool countBaseline)
    {
        var steps = ScrubPipeline.Default.Steps;
        var names = new List<string>(readPhases) { "language, if none yet" };
        var stepsAt = names.Count;
        names.AddRange(steps.Select(static step => step.Name));

        // Content selection part by part, timed on the same documents just before the step runs (and not counted in its row).
        string[] parts = ["  evidence", "  page context", "  feature rows", "  first-stage trees"];
        var partsAt = names.Count;
        names.AddRange(parts);
        var best = Enumerable.Repeat(double.MaxValue, names.Count).ToArray();
        var allocated = new long[names.Count];
        for (var round = 0; round <= rounds; round++)
        {
            var clock = new Clock(names.Count);
            GC.Collect();
            foreach (var text in texts)
            {
                clock.Start();
                var document = read(text, clock);
                document.Language ??= Languages.LanguageDetector.Detect(document.Segments.Select(static segment => segment.Text));
                clock.Lap(stepsAt - 1);
                for (var s = 0; s < steps.Count; s++)
                {
                    if (steps[s] is NewsScrub.Steps.ContentSelectionStep)
                    {
                        Parts(document, clock, partsAt);
                        clock.Start();
                    }

                    steps[s].Apply(document);
                    clock.Lap(stepsAt + s);
                }

                GC.KeepAlive(document.ToArticle());
            }

            if (round > 0)
            {
                // Round 0 warms up; allocations are the same each round.
                allocated = clock.Bytes;
                for (var k = 0; k < names.Count; k++)
                {
                    best[k] = Math.Min(best[k], clock.Times[k]);
                }
            }
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{texts.Count} {what}; best of {rounds} rounds, one thread; MB allocated per round"));
        for (var k = 0; k < names.Count; k++)
        {
            Console.WriteLine(string.Create(c, $"  {names[k],-30} {best[k],7:0.0} ms  {best[k] / best[0],6:0.00}  {allocated[k] / 1e6,7:0.0} MB"));
        }

        var skip = countBaseline ? 0 : 1;
        var total = best.Take(partsAt).Skip(skip).Sum();
        var totalBytes = allocated.Take(partsAt).Skip(skip).Sum();
        Console.WriteLine(string.Create(c, $"  {totalName,-30} {total,7:0.0} ms  {total / best[0],6:0.00}  {totalBytes / 1e6,7:0.0} MB"));
        return 0;
    }

    private static void Parts(ScrubDocument document, Clock clock, int at)
    {
        clock.Start();
        var evidence = new NewsScrub.Steps.PageEvidence(document);
        clock.Lap(at);
        var context = new NewsScrub.Steps.PageContext(document, evidence, NewsScrub.Steps.ContentModel.BuiltIn.Names);
        clock.Lap(at + 1);
        using var rows = NewsScrub.Steps.ContentModel.Rows(NewsScrub.Steps.ContentModel.Candidates(document), context);
        clock.Lap(at + 2);
        foreach (var member in NewsScrub.Steps.ContentModel.BuiltIn.Members)
        {
            member[0].Score(rows, new double[document.Segments.Count]);
        }

        clock.Lap(at + 3);
    }

    /// <summary>Adds the time and the allocations since the last lap (or start) to a phase's row.</summary>
    private sealed class Clock(int phases)
    {
        private long last;
        private long lastBytes;

        public double[] Times { get; } = new double[phases];

        public long[] Bytes { get; } = new long[phases];

        public void Start() => (lastBytes, last) = (GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());

        public void Lap(int phase)
        {
            var now = Stopwatch.GetTimestamp();
            var nowBytes = GC.GetAllocatedBytesForCurrentThread();
            Times[phase] += Stopwatch.GetElapsedTime(last, now).TotalMilliseconds;
            Bytes[phase] += nowBytes - lastBytes;
            (last, lastBytes) = (now, nowBytes);
        }
    }
}
