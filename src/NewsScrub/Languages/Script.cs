namespace NewsScrub.Languages;

/// <summary>A writing system, as far as language detection needs to tell them apart.</summary>
internal enum Script
{
    /// <summary>No letters of a known script.</summary>
    None,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,

    /// <summary>Chinese characters with no kana among them.</summary>
    Han,

    /// <summary>Japanese: kana, with or without Chinese characters.</summary>
    Kana,
    Hangul,
}
