using System.Globalization;
using System.Text;

namespace NewsScrub.Translation;

/// <summary>
/// Translates cleaned articles block by block through an <see cref="ITranslationProvider"/>, keeping order and kinds.
/// Only the title, the body blocks and (optionally) the captions are sent, so removed boilerplate is never paid for;
/// identical texts are sent once, and texts already in the cache are not sent at all. Texts go to the provider 50 at a
/// time and each answer is cached at once, so a run stopped by a failure (a used-up quota, say) does not pay again for
/// what was already translated. A failed article is never returned half translated: the failure is thrown. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var translator = new ArticleTranslator(provider);
/// var translated = await translator.TranslateAsync(Scrubber.Clean(html), new ArticleTranslationOptions { TargetLanguage = "DE" });
/// Console.WriteLine(translated.Text);
/// </code>
/// </example>
public sealed class ArticleTranslator
{
    /// <summary>The most texts passed to the provider at once (the provider may split them further).</summary>
    internal const int TextsPerProviderCall = 50;

    private readonly ITranslationProvider provider;
    private readonly ITranslationCache cache;
    private readonly string providerName;

    /// <summary>Creates a translator.</summary>
    /// <param name="provider">The translation service.</param>
    /// <param name="cache">Where translations are remembered; a new <see cref="MemoryTranslationCache"/> when null.</param>
    /// <param name="providerName">The provider's name in cache keys; the provider's type name when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public ArticleTranslator(ITranslationProvider provider, ITranslationCache? cache = null, string? providerName = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        this.provider = provider;
        this.cache = cache ?? new MemoryTranslationCache();
        this.providerName = providerName ?? provider.GetType().FullName ?? provider.GetType().Name;
    }

    /// <summary>Translates an article.</summary>
    /// <param name="article">The cleaned article.</param>
    /// <param name="options">The languages and options.</param>
    /// <param name="cancellationToken">Cancels the translation.</param>
    /// <returns>The article with every translated text beside its original.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="ArticleTranslationOptions.TargetLanguage"/> is empty.</exception>
    /// <exception cref="TranslationException">The provider failed; nothing is returned for a partly translated article.</exception>
    public async Task<TranslatedArticle> TranslateAsync(Article article, ArticleTranslationOptions options, CancellationToken cancellationToken = default)
    {
        var texts = DistinctTexts(article, options);
        var translations = new Dictionary<string, TranslatedText>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var text in texts)
        {
            var cached = await cache.GetAsync(Key(options, text), cancellationToken).ConfigureAwait(false);
            if (cached is null)
            {
                missing.Add(text);
            }
            else
            {
                translations[text] = cached with { BilledCharacters = 0 };
            }
        }

        // Chunks are cached as they come back, so a run stopped by a failure (a used-up quota) does not pay for them again.
        for (var start = 0; start < missing.Count; start += TextsPerProviderCall)
        {
            var chunk = missing.GetRange(start, Math.Min(TextsPerProviderCall, missing.Count - start));
            var request = new TranslationRequest
            {
                Texts = chunk,
                SourceLanguage = options.SourceLanguage,
                TargetLanguage = options.TargetLanguage,
                Formality = options.Formality,
                GlossaryId = options.GlossaryId,
                Context = options.Context,
            };
            var result = await provider.TranslateAsync(request, cancellationToken).ConfigureAwait(false);
            if (result.Texts.Count != chunk.Count)
            {
                throw new TranslationServiceException(string.Create(CultureInfo.InvariantCulture, $"The provider returned {result.Texts.Count} translations for {chunk.Count} texts."));
            }

            for (var i = 0; i < chunk.Count; i++)
            {
                translations[chunk[i]] = result.Texts[i];
                await cache.SetAsync(Key(options, chunk[i]), result.Texts[i], cancellationToken).ConfigureAwait(false);
            }
        }

        string Translate(string text) => translations.TryGetValue(text, out var translation) ? translation.Text : text;

        return new TranslatedArticle
        {
            Original = article,
            TargetLanguage = options.TargetLanguage,
            SourceLanguage = options.SourceLanguage ?? translations.Values
                .Select(static translation => translation.DetectedSourceLanguage)
                .OfType<string>()
                .GroupBy(static language => language, StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(static group => group.Count())
                .Select(static group => group.Key)
                .FirstOrDefault(),
            Title = options.IncludeTitle && article.Title is { } title ? new TranslatedSegment(title, Translate(title)) : null,
            Blocks = [.. article.Blocks.Select(block => new TranslatedBlock(block.Kind, block.Text, Translate(block.Text)))],
            Captions = options.IncludeCaptions ? [.. article.Captions.Select(caption => new TranslatedSegment(caption, Translate(caption)))] : [],
            BilledCharacters = translations.Values.Sum(static translation => translation.BilledCharacters),
            CachedTexts = texts.Count - missing.Count,
        };
    }

    /// <summary>
    /// A dry run: counts the characters translating <paramref name="article"/> would bill, without calling the provider.
    /// </summary>
    /// <param name="article">The cleaned article.</param>
    /// <param name="options">The languages and options.</param>
    /// <param name="cancellationToken">Cancels the cache lookups.</param>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="ArticleTranslationOptions.TargetLanguage"/> is empty.</exception>
    public async Task<TranslationEstimate> EstimateAsync(Article article, ArticleTranslationOptions options, CancellationToken cancellationToken = default)
    {
        var all = Texts(article, options).ToList();
        var texts = DistinctTexts(article, options);
        var cached = 0;
        long characters = 0;
        foreach (var text in texts)
        {
            if (await cache.GetAsync(Key(options, text), cancellationToken).ConfigureAwait(false) is null)
            {
                characters += CountCharacters(text);
            }
            else
            {
                cached++;
            }
        }

        return new TranslationEstimate(all.Count, texts.Count, cached, characters);
    }

    /// <summary>The characters a provider bills for a text: its Unicode scalar values.</summary>
    internal static long CountCharacters(string text)
    {
        long count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            _ = rune;
            count++;
        }

        return count;
    }

    private static List<string> DistinctTexts(Article article, ArticleTranslationOptions options) =>
        [.. Texts(article, options).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Texts(Article article, ArticleTranslationOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.TargetLanguage, nameof(options));
        return Enumerate(article, options).Where(static text => !string.IsNullOrWhiteSpace(text));

        static IEnumerable<string> Enumerate(Article article, ArticleTranslationOptions options)
        {
            if (options.IncludeTitle && article.Title is { } title)
            {
                yield return title;
            }

            foreach (var block in article.Blocks)
            {
                yield return block.Text;
            }

            if (options.IncludeCaptions)
            {
                foreach (var caption in article.Captions)
                {
                    yield return caption;
                }
            }
        }
    }

    private TranslationCacheKey Key(ArticleTranslationOptions options, string text) => new()
    {
        Provider = providerName,
        SourceLanguage = options.SourceLanguage?.ToUpperInvariant(),
        TargetLanguage = options.TargetLanguage.ToUpperInvariant(),
        Formality = options.Formality,
        GlossaryId = options.GlossaryId,
        Context = options.Context,
        Text = text,
    };
}
