using System.Diagnostics;
using System.Globalization;
using NewsScrub.Html;
using NewsScrub.Internal;
using NewsScrub.Steps;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>--trees [FOLDER] [ROUNDS] [TEXT-FOLDER]</c>: extraction of the HTML pages and cleaning of the text dumps (the Zyte
/// DEV dumps unless a folder is named) with the model's trees
/// compiled and with them walked, in one process, page by page beside the baseline of each (HtmlAgilityPack's parse of
/// the same strings; reading the text into segments), so that machine noise hits all three alike.
/// </summary>
internal static class TreesComparison
{
    public static int Run(string folder, int rounds, string? textFolder = null)
    {
        var compiled = Pipeline(Model(compile: true));
        var walked = Pipeline(Model(compile: false));
        var html = Pages.Load(folder).Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        Compare($"{html.Length} HTML pages", html, rounds,
        [
            ("parse only, string (HtmlAgilityPack LoadHtml)", static text => HtmlPageReader.ParseDocument(text).DocumentNode.ChildNodes.Count),
            ("extraction, trees compiled", text => compiled.CleanHtml(text).Blocks.Count),
            ("extraction, trees walked", text => walked.CleanHtml(text).Blocks.Count),
        ]);
        Console.WriteLine();
        var dumps = textFolder is null ? BenchPages.TextDumps : BenchPages.Read(textFolder, "*.txt");
        Compare($"{dumps.Count} text dumps", dumps, rounds,
        [
            ("read into segments (baseline)", static text => NewsScrub.Text.PlainTextReader.Read(text).Segments.Count),
            ("cleaning, trees compiled", text => compiled.CleanText(text).Blocks.Count),
            ("cleaning, trees walked", text => walked.CleanText(text).Blocks.Count),
        ]);
        return 0;
    }

    private static void Compare(string title, IReadOnlyList<string> texts, int rounds, (string Name, Func<string, int> Run)[] runs)
    {
        // Page by page, the runs one after another on the same page (in turn first), so that the machine's speed, which
        // drifts over seconds on a shared host, is nearly the same for all three.
        var times = runs.Select(static _ => new List<double>()).ToArray();
        for (var round = 0; round <= rounds; round++)
        {
            GC.Collect();
            var total = new double[runs.Length];
            for (var p = 0; p < texts.Count; p++)
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

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{title}, {rounds} rounds, one thread: best round, its ratio to the baseline's best, and the median of the rounds' ratios"));
        for (var k = 0; k < runs.Length; k++)
        {
            var ratios = times[k].Select((time, round) => time / times[0][round]).Order().ToArray();
            Console.WriteLine(string.Create(c, $"  {runs[k].Name,-48} {times[k].Min(),7:0.0} ms  {times[k].Min() / times[0].Min(),6:0.00}  {ratios[ratios.Length / 2],6:0.00}"));
        }

        var paired = times[1].Select((time, round) => time / times[2][round]).Order().ToArray();
        Console.WriteLine(string.Create(c, $"  compiled / walked: {times[1].Min() / times[2].Min():0.000} (best rounds), {paired[paired.Length / 2]:0.000} (median of the rounds)"));
    }

    private static ContentModel Model(bool compile)
    {
        var model = ContentModel.ReadBuiltIn();
        foreach (var stage in model.Members.SelectMany(static stages => stages))
        {
            if (compile)
            {
                stage.CompileNow();
            }
            else
            {
                stage.NeverCompile();
            }
        }

        return model;
    }

    private static ScrubPipeline Pipeline(ContentModel model) =>
        ScrubPipelineBuilder.CreateDefault().SetStep(StepStage.ContentSelection, () => new ContentSelectionStep(new ContentSelectionOptions(), model)).Build();
}
