using System.Globalization;
using System.Text;

namespace NewsScrub.Tests.Robustness;

/// <summary>
/// The hostile input shapes of issue 9, at a scale factor. The same builder feeds the scaling tests and the
/// benchmark command (<c>tests/NewsScrub.Benchmarks</c>, <c>hostile</c>), which links this file.
/// </summary>
internal static class HostilePages
{
    public static IReadOnlyList<string> All { get; } = ["meta-tags", "jsonld-keywords", "jsonld-authors", "cjk-comma-lines", "one-long-line", "deep-nesting", "many-paragraphs", "many-scripts", "script-near-misses", "many-attributes"];

    public static bool IsText(string shape) => shape is "cjk-comma-lines" or "one-long-line";

    /// <summary>The page of <paramref name="shape"/>, <paramref name="scale"/> times the unit size.</summary>
    public static string Build(string shape, int scale)
    {
        var text = new StringBuilder();
        var body = "<p>The harbour council approved the ferry budget on Monday after a long debate about the costs of the new pier.</p>";
        switch (shape)
        {
            case "meta-tags":
                text.Append("<html><head><title>Tags</title>");
                for (var i = 0; i < 5_000 * scale; i++)
                {
                    text.Append("<meta property=\"article:tag\" content=\"tag ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">");
                }

                return text.Append("</head><body><article>").Append(body).Append("</article></body></html>").ToString();
            case "jsonld-keywords":
            case "jsonld-authors":
                text.Append("<html><head><title>JSON-LD</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",");
                text.Append(shape == "jsonld-keywords" ? "\"keywords\":[" : "\"author\":[");
                for (var i = 0; i < 5_000 * scale; i++)
                {
                    text.Append(i > 0 ? "," : string.Empty).Append(shape == "jsonld-keywords" ? "\"keyword " : "{\"name\":\"Author ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(shape == "jsonld-keywords" ? "\"" : "\"}");
                }

                return text.Append("]}</script></head><body><article>").Append(body).Append("</article></body></html>").ToString();
            case "cjk-comma-lines":
                for (var i = 0; i < 10_000 * scale; i++)
                {
                    text.Append("港口委员会周一批准了渡轮预算,\n");
                }

                return text.ToString();
            case "one-long-line":
                for (var i = 0; i < 10_000 * scale; i++)
                {
                    text.Append("The harbour council approved the ferry budget on Monday ");
                }

                return text.ToString();
            case "deep-nesting":
                text.Append("<html><body>");
                for (var i = 0; i < 2_000 * scale; i++)
                {
                    text.Append("<div>");
                }

                text.Append(body);
                for (var i = 0; i < 2_000 * scale; i++)
                {
                    text.Append("</div>");
                }

                return text.Append("</body></html>").ToString();
            case "many-paragraphs":
                text.Append("<html><body><article>");
                for (var i = 0; i < 20_000 * scale; i++)
                {
                    text.Append("<p>x</p>");
                }

                return text.Append(body).Append("</article></body></html>").ToString();
            case "many-scripts":
                // Code the reader takes out before the parse: scripts and styles whose code holds end tags of other elements.
                text.Append("<html><head><title>Scripts</title></head><body><article>");
                for (var i = 0; i < 5_000 * scale; i++)
                {
                    text.Append("<script>document.write('</p><p class=\"x\">' + a[i] + '</scrip' + 't>');</script><style>p { margin: 0 }</style><p>x</p>");
                }

                return text.Append(body).Append("</article></body></html>").ToString();
            case "script-near-misses":
                // One script whose end tag comes only at the very end, after a great many near misses.
                text.Append("<html><body><article>").Append(body).Append("<script>");
                for (var i = 0; i < 20_000 * scale; i++)
                {
                    text.Append("</scrip </scripts> </ <\\/script>");
                }

                return text.Append("</script></article></body></html>").ToString();
            case "many-attributes":
                // Attributes the reader drops before the parse, and some it keeps, all in one start tag.
                text.Append("<html><body><article><div");
                for (var i = 0; i < 5_000 * scale; i++)
                {
                    text.Append(" data-a").Append(i.ToString(CultureInfo.InvariantCulture)).Append("=\"v\" onclick=f() hidden");
                }

                return text.Append(" class=\"story\">").Append(body).Append("</div></article></body></html>").ToString();
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape");
        }
    }
}
