namespace NewsScrub.Translation;

/// <summary>How <see cref="ArticleTranslator"/> translates an article.</summary>
public sealed record ArticleTranslationOptions
{
    /// <summary>The code of the language to translate into, such as <c>DE</c> or <c>EN-GB</c>.</summary>
    public required string TargetLanguage { get; init; }

    /// <summary>The article's language code, or <see langword="null"/> (the default) to let the provider detect it.</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>How formal the translation should be; <see cref="TranslationFormality.Default"/> by default.</summary>
    public TranslationFormality Formality { get; init; } = TranslationFormality.Default;

    /// <summary>The provider's identifier of a glossary to apply, or <see langword="null"/> (the default).</summary>
    public string? GlossaryId { get; init; }

    /// <summary>Text that helps the provider translate every block but is not translated, or <see langword="null"/> (the default).</summary>
    public string? Context { get; init; }

    /// <summary>Whether the title is translated; <see langword="true"/> by default.</summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>Whether image captions are translated; <see langword="false"/> by default.</summary>
    public bool IncludeCaptions { get; init; }
}
