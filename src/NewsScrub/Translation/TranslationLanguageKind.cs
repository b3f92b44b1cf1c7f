namespace NewsScrub.Translation;

/// <summary>Which side of a translation a language list is for.</summary>
public enum TranslationLanguageKind
{
    /// <summary>Languages texts can be translated from.</summary>
    Source,

    /// <summary>Languages texts can be translated into.</summary>
    Target,
}
