using System.Diagnostics;
using System.Globalization;
using NewsScrub.Html;
using NewsScrub.Internal;
using NewsScrub.Steps;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>--trees [FOLDER] [ROUNDS]</c>: the HTML extraction with the model's trees compiled and with them walked, in one
/// process, round by round beside HtmlAgilityPack's parse of the same strings, so that machine noise hits all three alike.
/// </summary>
internal static class TreesComparison
{
    public static int Run(string folder, int rounds)
    {
        var texts = Pages.Load(folder).Select(static page => HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        var compiledModel = Model(compile: true);
        var walkedModel = Model(compile: false);
        var compiled = Pipeline(compiledModel);
        var walked = Pipeline(walkedModel);
        (string Name, Func<string, int> Run)[] runs =
        [
            ("parse only, string (HtmlAgilityPack LoadHtml)", static text => HtmlPageReader.ParseDocument(text).DocumentNode.ChildNodes.Count),
            ("extraction, trees compiled", text => compiled.CleanHtml(text).Blocks.Count),
            ("extraction, trees walked", text => walked.CleanHtml(text).Blocks.Count),
        ];

        var times = runs.Select(static _ => new List<double>()).ToArray();
        for (var round = 0; round <= rounds; round++)
        {
            for (var k = 0; k < runs.Length; k++)
            {
                GC.Collect();
                var started = Stopwatch.GetTimestamp();
                foreach (var text in texts)
                {
                    GC.KeepAlive(runs[k].Run(text));
                }

                if (round > 0)
                {
                    // Round 0 warms up.
                    times[k].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{texts.Length} pages, {rounds} rounds, one thread; best round, and the ratio to the parse (of the best rounds; median of the rounds)"));
        for (var k = 0; k < runs.Length; k++)
        {
            var ratios = times[k].Select((time, round) => time / times[0][round]).Order().ToArray();
            Console.WriteLine(string.Create(c, $"  {runs[k].Name,-48} {times[k].Min(),7:0.0} ms  {times[k].Min() / times[0].Min(),5:0.00}  {ratios[ratios.Length / 2],5:0.00}"));
        }

        var paired = times[1].Select((time, round) => time / times[2][round]).Order().ToArray();
        Console.WriteLine(string.Create(c, $"  compiled / walked, median of the rounds: {paired[paired.Length / 2]:0.000}"));
        return 0;
    }

    private static ContentModel Model(bool compile)
    {
        using var stream = typeof(ContentModel).Assembly.GetManifestResourceStream("NewsScrub.ContentSelection.model.txt")!;
        using var reader = new StreamReader(stream);
        var model = ContentModel.Parse(reader.ReadToEnd());
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
