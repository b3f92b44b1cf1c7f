using System.Globalization;
using System.Text;

namespace NewsScrub.Cli.Batch;

/// <summary>A result as Markdown: the metadata as YAML front matter, then the title and the blocks.</summary>
internal static class MarkdownDocument
{
    public static string Render(BatchResult result)
    {
        var article = result.Article ?? Article.Empty;
        var text = new StringBuilder();
        text.Append("---\n");
        Line(text, "source", ResultJson.Quote(result.Source));
        if (result.Record.Offset is { } offset)
        {
            Line(text, "offset", ResultJson.Number(offset));
        }

        foreach (var (name, raw) in result.Fields)
        {
            Line(text, Key(name), raw.ReplaceLineEndings(" "));
        }

        Line(text, "title", ResultJson.Quote(article.Title));
        Line(text, "byline", ResultJson.Quote(article.Byline));
        Line(text, "published", ResultJson.Quote(article.Published?.ToString("O", CultureInfo.InvariantCulture)));
        Line(text, "language", ResultJson.Quote(article.Language));
        if (article.CanonicalUrl is not null)
        {
            Line(text, "canonicalUrl", ResultJson.Quote(article.CanonicalUrl));
        }

        if (article.SiteName is not null)
        {
            Line(text, "siteName", ResultJson.Quote(article.SiteName));
        }

        Line(text, "tags", "[" + string.Join(", ", article.Tags.Select(ResultJson.Quote)) + "]");
        text.Append("---\n");
        if (article.Title is not null)
        {
            text.Append("\n# ").Append(article.Title).Append('\n');
        }

        foreach (var block in article.Blocks)
        {
            text.Append('\n');
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    text.Append("## ").Append(block.Text);
                    break;
                case BlockKind.Quote:
                    text.Append("> ").Append(block.Text.Replace("\n", "\n> ", StringComparison.Ordinal));
                    break;
                case BlockKind.ListItem:
                    text.Append("- ").Append(block.Text.Replace("\n", "\n  ", StringComparison.Ordinal));
                    break;
                default:
                    text.Append(block.Text);
                    break;
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string key, string value) => text.Append(key).Append(": ").Append(value).Append('\n');

    private static string Key(string name) =>
        name.All(static c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') && name.Length > 0 ? name : ResultJson.Quote(name);
}
