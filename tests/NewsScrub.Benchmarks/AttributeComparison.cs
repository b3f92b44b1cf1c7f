using System.Globalization;
using NewsScrub.Html;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>--attributes [FOLDER] [ROUNDS]</c>: HTML extraction with the markup the walk never reads (unread attributes,
/// whitespace around block starts and in an open head, comments, whole scripts, skipped elements' content) dropped
/// before the parse, as the reader does, and with it left in (but script and style code), in one
/// process, page by page beside HtmlAgilityPack's parse of the same strings, so that machine noise hits all three
/// alike. Both give the same document.
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
            ("extraction, unread markup dropped", text => pipeline.Run(HtmlPageReader.Read(text, dropUnread: true), null, CancellationToken.None).Blocks.Count),
            ("extraction, all markup parsed", text => pipeline.Run(HtmlPageReader.Read(text, dropUnread: false), null, CancellationToken.None).Blocks.Count),
        ];

        var c = CultureInfo.InvariantCulture;
        long Characters(bool drop) => texts.Sum(text => (long)ScriptStripper.Strip(text, drop).Length);
        Console.WriteLine(string.Create(c, $"{texts.Length} pages, {texts.Sum(static t => (long)t.Length):N0} characters; given to the parser: {Characters(false):N0} with all markup, {Characters(true):N0} without the unread markup"));

        PageByPage.Compare($"{texts.Length} HTML pages", texts, rounds, runs, "dropped / parsed");
        return 0;
    }
}
