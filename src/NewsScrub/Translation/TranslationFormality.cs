namespace NewsScrub.Translation;

/// <summary>How formal the translated text should be, for target languages that distinguish it.</summary>
public enum TranslationFormality
{
    /// <summary>The provider's default.</summary>
    Default,

    /// <summary>More formal; a provider may refuse it for a target language without formality.</summary>
    More,

    /// <summary>Less formal; a provider may refuse it for a target language without formality.</summary>
    Less,

    /// <summary>More formal where the target language supports it, the default otherwise.</summary>
    PreferMore,

    /// <summary>Less formal where the target language supports it, the default otherwise.</summary>
    PreferLess,
}
