using System.Collections.Concurrent;

namespace NewsScrub.Translation;

/// <summary>
/// A translation cache in process memory, the default of <see cref="ArticleTranslator"/>. It holds at most
/// <see cref="Capacity"/> entries and starts afresh when full. Thread-safe.
/// </summary>
public sealed class MemoryTranslationCache : ITranslationCache
{
    private readonly ConcurrentDictionary<TranslationCacheKey, TranslatedText> entries = new();

    /// <summary>Creates a cache.</summary>
    /// <param name="capacity">The most entries held at once; 100,000 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
    public MemoryTranslationCache(int capacity = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most entries held at once.</summary>
    public int Capacity { get; }

    /// <summary>The number of entries held now.</summary>
    public int Count => entries.Count;

    /// <inheritdoc/>
    public ValueTask<TranslatedText?> GetAsync(TranslationCacheKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ValueTask.FromResult(entries.TryGetValue(key, out var translation) ? translation : null);
    }

    /// <inheritdoc/>
    public ValueTask SetAsync(TranslationCacheKey key, TranslatedText translation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(translation);
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        entries[key] = translation;
        return ValueTask.CompletedTask;
    }
}
