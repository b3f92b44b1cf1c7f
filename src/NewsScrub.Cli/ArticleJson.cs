using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsScrub.Cli;

/// <summary>
/// Writes a cleaning result in the CLI's JSON shape: "source", then the article exactly as the core's public
/// <see cref="ArticleJsonContext"/> serializes it (a test holds the two together). Written field by field, so a
/// batch writes straight into its output without serializing and copying each article.
/// </summary>
internal static class ArticleJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Serialize(string source, Article article, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, source, article);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, string source, Article article)
    {
        writer.WriteStartObject();
        writer.WriteString("source", source);
        WriteFields(writer, article);
        writer.WriteEndObject();
    }

    /// <summary>The article's properties, written into an object the caller has opened (after its "source").</summary>
    public static void WriteFields(Utf8JsonWriter writer, Article article)
    {
        writer.WriteString("title", article.Title);
        writer.WriteString("byline", article.Byline);
        if (article.Published is { } published)
        {
            // The same ISO 8601 form as ArticleJsonContext (System.Text.Json's DateTimeOffset format).
            writer.WriteString("published", published);
        }
        else
        {
            writer.WriteNull("published");
        }

        writer.WriteString("language", article.Language);
        if (article.CanonicalUrl is not null)
        {
            writer.WriteString("canonicalUrl", article.CanonicalUrl);
        }

        if (article.SiteName is not null)
        {
            writer.WriteString("siteName", article.SiteName);
        }

        WriteStrings(writer, "tags", article.Tags);
        WriteStrings(writer, "captions", article.Captions);
        writer.WriteStartArray("blocks");
        foreach (var block in article.Blocks)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Name(block.Kind));
            writer.WriteString("text", block.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("removed");
        foreach (var item in article.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString("text", item.Text);
            writer.WriteString("category", Name(item.Category));
            writer.WriteString("step", item.Step);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("text", article.Text);
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>camelCase of an enum value's name: "relatedLink", "listItem".</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(name[..1].ToLowerInvariant(), name[1..]);
    }
}
