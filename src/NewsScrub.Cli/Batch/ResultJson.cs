using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// A result as JSON: the article in the CLI's shape (<see cref="ArticleJson"/>), with the record's offset and
/// carried fields (id, url...) right after "source"; or source, offset, fields and "error".
/// </summary>
internal static class ResultJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "source", "offset", "error", "title", "byline", "published", "language", "canonicalUrl", "siteName", "tags", "captions", "blocks", "removed", "text",
    };

    public static string Serialize(BatchResult result, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            writer.WriteStartObject();
            writer.WriteString("source", result.Source);
            WriteRecordFields(writer, result);
            if (result.Article is { } article)
            {
                ArticleJson.WriteFields(writer, article);
            }
            else
            {
                writer.WriteString("error", result.Error);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The record's offset and carried fields (those not clashing with the result's own names).</summary>
    public static void WriteRecordFields(Utf8JsonWriter writer, BatchResult result)
    {
        if (result.Record.Offset is { } offset)
        {
            writer.WriteNumber("offset", offset);
        }

        foreach (var (name, raw) in result.Fields)
        {
            if (!Reserved.Contains(name))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(raw, skipInputValidation: true);
            }
        }
    }

    /// <summary>A string as a JSON (and so YAML) double-quoted scalar.</summary>
    public static string Quote(string? value) => value is null ? "null" : JsonSerializer.Serialize(value, QuoteOptions);

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
