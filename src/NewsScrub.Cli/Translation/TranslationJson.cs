using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsScrub.Translation;

namespace NewsScrub.Cli.Translation;

/// <summary>Writes translated articles and dry-run estimates as JSON.</summary>
internal static class TranslationJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Serialize(string source, TranslatedArticle article, bool indented) => Write(indented, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("source", source);
        writer.WriteString("targetLanguage", article.TargetLanguage);
        writer.WriteString("sourceLanguage", article.SourceLanguage);
        writer.WriteNumber("billedCharacters", article.BilledCharacters);
        writer.WriteNumber("cachedTexts", article.CachedTexts);
        if (article.Title is { } title)
        {
            writer.WriteStartObject("title");
            Pair(writer, title.Original, title.Translation);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("title");
        }

        writer.WriteStartArray("body");
        foreach (var block in article.Blocks)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", block.Kind.ToString().ToUpperInvariant() switch
            {
                "LISTITEM" => "listItem",
                var kind => kind.ToLowerInvariant(),
            });
            Pair(writer, block.Original, block.Translation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("captions");
        foreach (var caption in article.Captions)
        {
            writer.WriteStartObject();
            Pair(writer, caption.Original, caption.Translation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static string Serialize(string source, TranslationEstimate estimate, bool indented) => Write(indented, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("source", source);
        writer.WriteNumber("texts", estimate.Texts);
        writer.WriteNumber("distinctTexts", estimate.DistinctTexts);
        writer.WriteNumber("cachedTexts", estimate.CachedTexts);
        writer.WriteNumber("billedCharacters", estimate.BilledCharacters);
        writer.WriteEndObject();
    });

    private static void Pair(Utf8JsonWriter writer, string original, string translation)
    {
        writer.WriteString("original", original);
        writer.WriteString("translation", translation);
    }

    private static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
