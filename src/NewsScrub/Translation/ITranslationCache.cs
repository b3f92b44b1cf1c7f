namespace NewsScrub.Translation;

/// <summary>
/// Remembers translations so the same text is never paid for twice. Implementations are thread-safe;
/// <see cref="MemoryTranslationCache"/> is the default.
/// </summary>
public interface ITranslationCache
{
    /// <summary>Looks up a translation.</summary>
    /// <param name="key">The provider, languages, options and text.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The cached translation, or <see langword="null"/> when there is none.</returns>
    ValueTask<TranslatedText?> GetAsync(TranslationCacheKey key, CancellationToken cancellationToken = default);

    /// <summary>Stores a translation.</summary>
    /// <param name="key">The provider, languages, options and text.</param>
    /// <param name="translation">The translation to remember.</param>
    /// <param name="cancellationToken">Cancels the store.</param>
    ValueTask SetAsync(TranslationCacheKey key, TranslatedText translation, CancellationToken cancellationToken = default);
}
