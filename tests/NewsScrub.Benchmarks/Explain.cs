using System.Text;
using NewsScrub.Html;

namespace NewsScrub.Benchmarks;

/// <summary>Prints the reader's view of a page: each block with its decision, score and container path.</summary>
internal static class Explain
{
    public static int Run(string path, string? filter)
    {
        var html = HtmlDecoder.Decode(File.ReadAllBytes(path), null);
        Console.WriteLine($"limited: {html.Length} -> {NestingLimiter.Limit(html).Length}");
        var page = HtmlPageReader.Parse(html);
        var document = HtmlPageReader.Build(page, out var selector);
        var elements = page.Elements;
        Console.WriteLine($"title: {document.Title}   [og: {page.Metadata.OgTitle} | ld: {page.Metadata.JsonLdHeadline} | element: {page.Metadata.TitleElement} | site: {page.Metadata.SiteName}]");
        Console.WriteLine($"language: {document.Language}  byline: {document.Byline}  published: {document.Published:O}");
        Console.WriteLine($"container: {PathOf(elements, selector.Container)}");
        var article = ScrubPipeline.Default.CleanHtml(html);
        var kept = article.Blocks.Select(static block => block.Text).ToHashSet(StringComparer.Ordinal);
        var lastPath = string.Empty;
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var block = page.Blocks[b];
            var owner = elements[block.Owner];
            var state = owner.PrunedBy >= 0 ? "P:" + elements[owner.PrunedBy].Signal : selector.InMain[b] ? (kept.Contains(block.Text) ? "KEEP" : "main-") : "out";
            var line = $"{state,-14} v={block.Value,6:0} ld={block.LinkDensity:0.00} sd={block.StopwordDensity:0.00} {(block.IsProse ? "P" : " ")} {Trim(block.Text, 110)}";
            var where = PathOf(elements, owner.PrunedBy >= 0 ? owner.PrunedBy : block.Owner);
            if (owner.PrunedBy >= 0 && where == lastPath)
            {
                continue;
            }

            if (filter is null || line.Contains(filter, StringComparison.OrdinalIgnoreCase) || where.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                if (where != lastPath)
                {
                    Console.WriteLine($"{"",14} @ {where}");
                    lastPath = where;
                }

                Console.WriteLine(line);
            }
        }

        return 0;
    }

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    public static string PathOf(List<PageElement> elements, int index)
    {
        var parts = new List<string>();
        for (var i = index; i > 0 && parts.Count < 5; i = elements[i].Parent)
        {
            var e = elements[i];
            var builder = new StringBuilder(e.Tag);
            if (e.Id is not null)
            {
                builder.Append('#').Append(Trim(e.Id, 20));
            }

            if (e.Classes is not null)
            {
                builder.Append('.').Append(Trim(e.Classes.Trim().Replace(' ', '.'), 30));
            }

            if (e.Signal != TokenSignal.None)
            {
                builder.Append('{').Append(e.Signal).Append('}');
            }

            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"[{e.Score:0}]");
            parts.Add(builder.ToString());
        }

        parts.Reverse();
        return string.Join(" > ", parts);
    }
}
