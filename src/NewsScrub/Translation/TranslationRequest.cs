namespace NewsScrub.Translation;

/// <summary>A batch of texts to translate, with the languages and options shared by all of them.</summary>
public sealed record TranslationRequest
{
    /// <summary>The texts, each translated independently.</summary>
    public required IReadOnlyList<string> Texts { get; init; }

    /// <summary>The code of the texts' language, or <see langword="null"/> (the default) to let the provider detect it.</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>The code of the language to translate into, such as <c>DE</c> or <c>EN-GB</c>.</summary>
    public required string TargetLanguage { get; init; }

    /// <summary>How formal the translation should be; <see cref="TranslationFormality.Default"/> by default.</summary>
    public TranslationFormality Formality { get; init; } = TranslationFormality.Default;

    /// <summary>The provider's identifier of a glossary to apply, or <see langword="null"/>; most providers require <see cref="SourceLanguage"/> with it.</summary>
    public string? GlossaryId { get; init; }

    /// <summary>Text that helps the provider translate (a headline and lead, say) but is not itself translated, or <see langword="null"/>.</summary>
    public string? Context { get; init; }
}
