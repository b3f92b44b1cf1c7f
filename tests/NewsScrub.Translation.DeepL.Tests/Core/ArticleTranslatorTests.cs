namespace NewsScrub.Translation.DeepL.Tests.Core;

/// <summary>The core <see cref="ArticleTranslator"/> and cache types, over an in-memory provider.</summary>
public sealed class ArticleTranslatorTests
{
    [Fact]
    public async Task Empty_and_whitespace_blocks_are_kept_but_not_sent()
    {
        var provider = new UpperCaseProvider();
        var article = new Article { Blocks = [new(BlockKind.Paragraph, "a"), new(BlockKind.Paragraph, "  "), new(BlockKind.ListItem, "b")] };

        var translated = await new ArticleTranslator(provider).TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "XX", IncludeTitle = false });

        Assert.Equal(["A", "  ", "B"], translated.Blocks.Select(static block => block.Translation));
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.ListItem], translated.Blocks.Select(static block => block.Kind));
        Assert.Equal(["a", "b"], Assert.Single(provider.Requests).Texts);
        Assert.Null(translated.Title);
    }

    [Fact]
    public async Task An_empty_article_makes_no_request()
    {
        var provider = new UpperCaseProvider();

        var translated = await new ArticleTranslator(provider).TranslateAsync(Article.Empty, new ArticleTranslationOptions { TargetLanguage = "XX" });

        Assert.Empty(provider.Requests);
        Assert.Empty(translated.Blocks);
        Assert.Equal(0, translated.BilledCharacters);
    }

    [Fact]
    public async Task A_provider_that_returns_too_few_translations_is_an_error_not_a_partial_article()
    {
        var provider = new UpperCaseProvider { Drop = 1 };
        var article = new Article { Blocks = [new(BlockKind.Paragraph, "a"), new(BlockKind.Paragraph, "b")] };

        await Assert.ThrowsAsync<TranslationServiceException>(
            () => new ArticleTranslator(provider).TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "XX" }));
    }

    [Fact]
    public async Task A_missing_target_language_is_an_argument_error()
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => new ArticleTranslator(new UpperCaseProvider()).TranslateAsync(Article.Empty, new ArticleTranslationOptions { TargetLanguage = " " }));
    }

    [Fact]
    public void Cache_key_digests_differ_by_every_part_and_are_stable()
    {
        var key = new TranslationCacheKey { Provider = "p", TargetLanguage = "DE", Text = "t" };
        TranslationCacheKey[] variants =
        [
            key with { Provider = "q" },
            key with { SourceLanguage = "EN" },
            key with { TargetLanguage = "FR" },
            key with { Formality = TranslationFormality.More },
            key with { GlossaryId = "g" },
            key with { Context = "c" },
            key with { Text = "u" },
            key with { Context = string.Empty },
        ];

        Assert.Equal(key.ToDigest(), (key with { }).ToDigest());
        Assert.Equal(64, key.ToDigest().Length);
        Assert.Equal(variants.Length + 1, variants.Select(static variant => variant.ToDigest()).Append(key.ToDigest()).Distinct().Count());
    }

    [Fact]
    public async Task The_memory_cache_starts_afresh_when_full()
    {
        var cache = new MemoryTranslationCache(capacity: 2);
        TranslationCacheKey Key(string text) => new() { Provider = "p", TargetLanguage = "DE", Text = text };

        await cache.SetAsync(Key("a"), new TranslatedText("A", null, 1));
        await cache.SetAsync(Key("b"), new TranslatedText("B", null, 1));
        await cache.SetAsync(Key("c"), new TranslatedText("C", null, 1));

        Assert.Equal(1, cache.Count);
        Assert.Equal("C", (await cache.GetAsync(Key("c")))?.Text);
    }

    [Fact]
    public async Task The_estimate_counts_unicode_characters_not_utf16_units()
    {
        var article = new Article { Blocks = [new(BlockKind.Paragraph, "a🎉b")] };

        var estimate = await new ArticleTranslator(new UpperCaseProvider()).EstimateAsync(article, new ArticleTranslationOptions { TargetLanguage = "XX" });

        Assert.Equal(new TranslationEstimate(1, 1, 0, 3), estimate);
    }

    private sealed class UpperCaseProvider : ITranslationProvider
    {
        public List<TranslationRequest> Requests { get; } = [];

        public int Drop { get; init; }

        public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return Task.FromResult(new TranslationResult
            {
                Texts = [.. request.Texts.Skip(Drop).Select(static text => new TranslatedText(text.ToUpperInvariant(), "EN", text.Length))],
            });
        }

        public Task<IReadOnlyList<TranslationLanguage>> GetLanguagesAsync(TranslationLanguageKind kind, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<TranslationLanguage>>([new("XX", "Test")]);
    }
}
