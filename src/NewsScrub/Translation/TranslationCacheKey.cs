using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsScrub.Translation;

/// <summary>What a cached translation depends on: the provider, the languages, the options and the text.</summary>
public sealed record TranslationCacheKey
{
    /// <summary>The provider's name.</summary>
    public required string Provider { get; init; }

    /// <summary>The source language code as requested, or <see langword="null"/> when it was detected.</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>The target language code.</summary>
    public required string TargetLanguage { get; init; }

    /// <summary>The requested formality.</summary>
    public TranslationFormality Formality { get; init; }

    /// <summary>The glossary, or <see langword="null"/>.</summary>
    public string? GlossaryId { get; init; }

    /// <summary>The context sent with the text, or <see langword="null"/>.</summary>
    public string? Context { get; init; }

    /// <summary>The text to translate.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// A fixed-length string that identifies the key (a SHA-256 of all its parts, in hexadecimal), for caches that need string keys.
    /// </summary>
    public string ToDigest()
    {
        var builder = new StringBuilder();
        foreach (var part in (ReadOnlySpan<string?>)[Provider, SourceLanguage, TargetLanguage, Formality.ToString(), GlossaryId, Context, Text])
        {
            // Length-prefixed, so no two different keys share a serialization.
            builder.Append(part is null ? "-1" : part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
