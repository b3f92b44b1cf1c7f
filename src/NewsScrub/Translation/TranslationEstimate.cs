namespace NewsScrub.Translation;

/// <summary>What translating an article would cost, worked out without calling the provider.</summary>
/// <param name="Texts">The non-empty texts that would be translated (title, blocks, captions as chosen), duplicates included.</param>
/// <param name="DistinctTexts">How many of them are different.</param>
/// <param name="CachedTexts">How many distinct texts are already in the cache.</param>
/// <param name="BilledCharacters">The characters the provider would bill: the Unicode characters of the distinct texts not in the cache. The context is not billed.</param>
public sealed record TranslationEstimate(int Texts, int DistinctTexts, int CachedTexts, long BilledCharacters);
