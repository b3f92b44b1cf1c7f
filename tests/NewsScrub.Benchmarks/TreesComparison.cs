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
        PageByPage.Compare($"{html.Length} HTML pages", html, rounds,
        [
            ("parse only, string (HtmlAgilityPack LoadHtml)", static text => HtmlPageReader.ParseDocument(text).DocumentNode.ChildNodes.Count),
            ("extraction, trees compiled", text => compiled.CleanHtml(text).Blocks.Count),
            ("extraction, trees walked", text => walked.CleanHtml(text).Blocks.Count),
        ], "compiled / walked");
        Console.WriteLine();
        var dumps = textFolder is null ? BenchPages.TextDumps : BenchPages.Read(textFolder, "*.txt");
        PageByPage.Compare($"{dumps.Count} text dumps", dumps, rounds,
        [
            ("read into segments (baseline)", static text => NewsScrub.Text.PlainTextReader.Read(text).Segments.Count),
            ("cleaning, trees compiled", text => compiled.CleanText(text).Blocks.Count),
            ("cleaning, trees walked", text => walked.CleanText(text).Blocks.Count),
        ], "compiled / walked");
        return 0;
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
