using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsScrub.Cli.Batch;

/// <summary>Cleans one record; never throws: a failure becomes the record's error. Thread-safe.</summary>
internal sealed class RecordProcessor(CliOptions options, ScrubPipeline pipeline)
{
    public BatchResult Process(BatchRecord record)
    {
        try
        {
            return record.Kind switch
            {
                RecordKind.File => Clean(record, ReadFile(record.Path!), null),
                RecordKind.Bytes => Clean(record, record.Bytes!, record.ContentType),
                RecordKind.JsonLine => CleanJson(record),
                _ => Failed(record, record.Source, record.Error ?? "broken record", record.Fields),
            };
        }
#pragma warning disable CA1031 // A failure in one record must never abort the run: every exception becomes that record's error.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Failed(record, record.Source, exception.Message, record.Fields);
        }
    }

    private static BatchResult Failed(BatchRecord record, string source, string error, IReadOnlyList<KeyValuePair<string, string>> fields) =>
        new(record, source, null, error, fields);

    private byte[] ReadFile(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            return BoundedRead.ReadAll(gzip, options.MaxRecordBytes);
        }

        // A pipe (newsscrub clean <(cat page.html)) has no length; the bounded read still stops at the limit.
        if (file.CanSeek && file.Length > options.MaxRecordBytes)
        {
            throw new InvalidDataException($"file is larger than the limit of {options.MaxRecordBytes / (1024 * 1024)} MB");
        }

        return BoundedRead.ReadAll(file, options.MaxRecordBytes);
    }

    private BatchResult Clean(BatchRecord record, byte[] bytes, string? contentType)
    {
        var format = record.Format;
        if (format == InputFormat.Auto)
        {
            format = Html.FormatSniffer.LooksLikeHtml(bytes) ? InputFormat.Html : InputFormat.Text;
        }

        var article = format == InputFormat.Html
            ? pipeline.CleanHtml(bytes, contentType, options.Language)
            : pipeline.CleanText(Text.TextDecoder.Decode(bytes), options.Language);
        return new BatchResult(record, record.Source, article, null, record.Fields);
    }

    private BatchResult CleanJson(BatchRecord record)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(record.Bytes);
        }
        catch (JsonException exception)
        {
            return Failed(record, record.Source, $"malformed JSON line: {exception.Message}", []);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed(record, record.Source, "JSON line is not an object", []);
            }

            var fields = new List<KeyValuePair<string, string>>();
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name != options.HtmlField && property.Name != options.TextField)
                {
                    fields.Add(new(property.Name, property.Value.GetRawText()));
                }
            }

            var source = Id(root) ?? record.Source;
            string? html = root.TryGetProperty(options.HtmlField, out var htmlValue) && htmlValue.ValueKind == JsonValueKind.String ? htmlValue.GetString() : null;
            string? text = root.TryGetProperty(options.TextField, out var textValue) && textValue.ValueKind == JsonValueKind.String ? textValue.GetString() : null;
            Article article;
            if (html is not null && options.From != InputFormat.Text)
            {
                article = pipeline.CleanHtml(html, options.Language);
            }
            else if (html is not null || text is not null)
            {
                article = pipeline.Clean(html ?? text!, html is null && options.From == InputFormat.Auto ? InputFormat.Text : options.From, options.Language);
            }
            else
            {
                return Failed(record, source, $"no string field '{options.HtmlField}' or '{options.TextField}'", fields);
            }

            return new BatchResult(record, source, article, null, fields);
        }
    }

    private string? Id(JsonElement root)
    {
        string[] names = options.IdField is { } name ? [name] : ["id", "url"];
        foreach (var candidate in names)
        {
            if (root.TryGetProperty(candidate, out var value))
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            }
        }

        return null;
    }
}
