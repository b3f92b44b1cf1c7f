namespace NewsScrub.Translation;

/// <summary>A title or caption beside its translation.</summary>
/// <param name="Original">The text as cleaned.</param>
/// <param name="Translation">The translated text.</param>
public sealed record TranslatedSegment(string Original, string Translation);
