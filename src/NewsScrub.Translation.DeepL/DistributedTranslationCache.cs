using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace NewsScrub.Translation.DeepL;

/// <summary>
/// An <see cref="ITranslationCache"/> over an <see cref="IDistributedCache"/> (Redis, SQL Server, …), so translations
/// survive restarts and are shared between processes. Keys are a prefix and a SHA-256 of the cache key, so no text is
/// stored in a key. Thread-safe if the underlying cache is.
/// </summary>
public sealed class DistributedTranslationCache : ITranslationCache
{
    private readonly IDistributedCache cache;
    private readonly DistributedCacheEntryOptions entryOptions;
    private readonly string keyPrefix;

    /// <summary>Creates the adapter.</summary>
    /// <param name="cache">The distributed cache.</param>
    /// <param name="entryOptions">How long entries live; the cache's default when null.</param>
    /// <param name="keyPrefix">Put before every key; <c>newsscrub:translation:</c> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cache"/> or <paramref name="keyPrefix"/> is null.</exception>
    public DistributedTranslationCache(IDistributedCache cache, DistributedCacheEntryOptions? entryOptions = null, string keyPrefix = "newsscrub:translation:")
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        this.cache = cache;
        this.entryOptions = entryOptions ?? new DistributedCacheEntryOptions();
        this.keyPrefix = keyPrefix;
    }

    /// <inheritdoc/>
    public async ValueTask<TranslatedText?> GetAsync(TranslationCacheKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var bytes = await cache.GetAsync(keyPrefix + key.ToDigest(), cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var source = root.TryGetProperty("source", out var language) && language.ValueKind == JsonValueKind.String ? language.GetString() : null;
            return new TranslatedText(text.GetString()!, source, 0);
        }
        catch (JsonException)
        {
            // A foreign or damaged entry is a miss.
            return null;
        }
    }

    /// <inheritdoc/>
    public async ValueTask SetAsync(TranslationCacheKey key, TranslatedText translation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(translation);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("text", translation.Text);
            if (translation.DetectedSourceLanguage is { } source)
            {
                writer.WriteString("source", source);
            }

            writer.WriteEndObject();
        }

        await cache.SetAsync(keyPrefix + key.ToDigest(), stream.ToArray(), entryOptions, cancellationToken).ConfigureAwait(false);
    }
}
