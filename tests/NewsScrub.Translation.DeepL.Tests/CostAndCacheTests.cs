using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary>Billed characters, the cache and the dry run, against the fake server.</summary>
public sealed class CostAndCacheTests
{
    private static readonly ArticleTranslationOptions German = new() { TargetLanguage = "DE" };

    [Fact]
    public async Task The_second_translation_of_the_same_article_bills_nothing()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var article = Articles.Long(120);
        var translator = new ArticleTranslator(host.Provider);

        var first = await translator.TranslateAsync(article, German);
        var requestsAfterFirst = host.Server.TranslateRequests.Count;
        var second = await translator.TranslateAsync(article, German);

        Assert.True(first.BilledCharacters > 0);
        Assert.Equal(0, first.CachedTexts);
        Assert.Equal(0, second.BilledCharacters);
        Assert.Equal(121, second.CachedTexts);
        Assert.Equal(requestsAfterFirst, host.Server.TranslateRequests.Count);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Blocks, second.Blocks);
    }

    [Fact]
    public async Task The_cache_key_includes_the_target_language_and_options()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var article = Articles.Long(3);
        var translator = new ArticleTranslator(host.Provider);

        await translator.TranslateAsync(article, German);
        var french = await translator.TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "FR" });
        var formal = await translator.TranslateAsync(article, German with { Formality = TranslationFormality.More });
        var lowerCase = await translator.TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "de" });

        Assert.True(french.BilledCharacters > 0);
        Assert.True(formal.BilledCharacters > 0);
        Assert.Equal(0, lowerCase.BilledCharacters);
    }

    [Fact]
    public async Task Repeated_paragraphs_are_sent_and_billed_once()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var article = new Article { Blocks = [new(BlockKind.Paragraph, "Same."), new(BlockKind.Paragraph, "Other."), new(BlockKind.Paragraph, "Same.")] };

        var translated = await new ArticleTranslator(host.Provider).TranslateAsync(article, German);

        Assert.Equal(["[DE] Same.", "[DE] Other.", "[DE] Same."], translated.Blocks.Select(static block => block.Translation));
        Assert.Equal(["Same.", "Other."], Assert.Single(host.Server.TranslateRequests).Texts);
        Assert.Equal(11, translated.BilledCharacters);
    }

    [Fact]
    public async Task The_dry_run_reports_what_the_translation_then_bills_without_calling_the_provider()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var article = Articles.Long(80) with { Blocks = [.. Articles.Long(80).Blocks, new ArticleBlock(BlockKind.Paragraph, "Grüße aus Köln 🎉")] };
        var translator = new ArticleTranslator(host.Provider);

        var estimate = await translator.EstimateAsync(article, German);
        Assert.Empty(host.Server.Requests);
        var translated = await translator.TranslateAsync(article, German);
        var afterwards = await translator.EstimateAsync(article, German);

        Assert.Equal(82, estimate.Texts);
        Assert.Equal(translated.BilledCharacters, estimate.BilledCharacters);
        Assert.Equal(0, afterwards.BilledCharacters);
        Assert.Equal(82, afterwards.CachedTexts);
    }

    [Fact]
    public async Task One_translator_serves_parallel_articles()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var translator = new ArticleTranslator(host.Provider);
        var articles = Enumerable.Range(0, 8)
            .Select(static n => new Article { Blocks = [.. Enumerable.Range(0, 70).Select(i => new ArticleBlock(BlockKind.Paragraph, $"Article {n}, paragraph {i}."))] })
            .ToList();

        var translated = await Task.WhenAll(articles.Select(article => Task.Run(() => translator.TranslateAsync(article, German))));

        for (var n = 0; n < articles.Count; n++)
        {
            Assert.Equal(articles[n].Blocks.Select(static block => "[DE] " + block.Text), translated[n].Blocks.Select(static block => block.Translation));
        }

        Assert.Equal(16, host.Server.TranslateRequests.Count);
    }

    [Fact]
    public async Task A_distributed_cache_serves_a_second_translator()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var distributed = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var article = Articles.Long(10);

        var first = await new ArticleTranslator(host.Provider, new DistributedTranslationCache(distributed)).TranslateAsync(article, German);
        var second = await new ArticleTranslator(host.Provider, new DistributedTranslationCache(distributed)).TranslateAsync(article, German);

        Assert.True(first.BilledCharacters > 0);
        Assert.Equal(0, second.BilledCharacters);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal("EN", second.SourceLanguage);
    }

    [Fact]
    public async Task A_damaged_distributed_entry_is_a_miss()
    {
        var distributed = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var cache = new DistributedTranslationCache(distributed);
        var key = new TranslationCacheKey { Provider = "p", TargetLanguage = "DE", Text = "x" };
        await distributed.SetAsync("newsscrub:translation:" + key.ToDigest(), "<html>"u8.ToArray(), new DistributedCacheEntryOptions());

        Assert.Null(await cache.GetAsync(key));
    }
}
