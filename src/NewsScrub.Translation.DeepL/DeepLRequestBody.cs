using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsScrub.Translation.DeepL;

/// <summary>Writes <c>/v2/translate</c> JSON bodies and splits texts into batches by count and encoded size.</summary>
internal static class DeepLRequestBody
{
    // Non-ASCII text stays UTF-8 instead of \uXXXX escapes, which would triple the size of CJK or Cyrillic text.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The encoded body for <paramref name="texts"/> with the languages and options of <paramref name="request"/>.</summary>
    public static byte[] Write(TranslationRequest request, IReadOnlyList<string> texts)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("text");
            foreach (var text in texts)
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
            writer.WriteString("target_lang", request.TargetLanguage);
            if (request.SourceLanguage is { } source)
            {
                writer.WriteString("source_lang", source);
            }

            if (request.Formality != TranslationFormality.Default)
            {
                writer.WriteString("formality", FormalityValue(request.Formality));
            }

            if (request.GlossaryId is { } glossary)
            {
                writer.WriteString("glossary_id", glossary);
            }

            if (request.Context is { } context)
            {
                writer.WriteString("context", context);
            }

            writer.WriteBoolean("show_billed_characters", true);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Splits the texts into consecutive batches of at most <paramref name="maxTexts"/> texts whose encoded body stays
    /// within <paramref name="maxBytes"/>. A text too large on its own gets a batch of its own.
    /// </summary>
    public static List<ArraySegment<string>> Split(TranslationRequest request, int maxTexts, int maxBytes)
    {
        var texts = request.Texts as string[] ?? [.. request.Texts];
        var overhead = Write(request, []).Length;
        var batches = new List<ArraySegment<string>>();
        var start = 0;
        var size = overhead;
        for (var i = 0; i < texts.Length; i++)
        {
            // The encoded string, its quotes and a comma.
            var textSize = JsonEncodedText.Encode(texts[i], WriterOptions.Encoder).EncodedUtf8Bytes.Length + 3;
            var count = i - start;
            if (count > 0 && (count == maxTexts || size + textSize > maxBytes))
            {
                batches.Add(new ArraySegment<string>(texts, start, count));
                start = i;
                size = overhead;
            }

            size += textSize;
        }

        if (texts.Length > start)
        {
            batches.Add(new ArraySegment<string>(texts, start, texts.Length - start));
        }

        return batches;
    }

    private static string FormalityValue(TranslationFormality formality) => formality switch
    {
        TranslationFormality.More => "more",
        TranslationFormality.Less => "less",
        TranslationFormality.PreferMore => "prefer_more",
        TranslationFormality.PreferLess => "prefer_less",
        _ => "default",
    };
}
