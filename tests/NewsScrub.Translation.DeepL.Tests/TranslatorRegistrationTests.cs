using Microsoft.Extensions.DependencyInjection;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary>Issue 9: AddDeepLTranslation also registers ArticleTranslator and a translation cache.</summary>
public sealed class TranslatorRegistrationTests
{
    [Fact]
    public async Task The_article_translator_resolves_and_translates_with_the_registered_cache()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        var services = new ServiceCollection();
        services.AddDeepLTranslation(options =>
        {
            options.AuthKey = FakeDeepLServer.Key;
            options.ServerUrl = server.Url;
        });
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        var article = Scrubber.CleanText("The council approved the harbour plan on Monday evening after a long debate about its costs.");

        var translator = provider.GetRequiredService<ArticleTranslator>();
        var first = await translator.TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "DE" });
        var second = await provider.GetRequiredService<ArticleTranslator>().TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "DE" });

        Assert.IsType<MemoryTranslationCache>(provider.GetRequiredService<ITranslationCache>());
        Assert.StartsWith("[DE] ", first.Text, StringComparison.Ordinal);
        Assert.True(first.BilledCharacters > 0);
        Assert.Equal(0, second.BilledCharacters); // the application's cache answered
        Assert.Single(server.TranslateRequests);
    }

    [Fact]
    public async Task A_registered_distributed_cache_is_used()
    {
        var services = new ServiceCollection();
        services.AddDistributedMemoryCache();
        services.AddDeepLTranslation(static options => options.AuthKey = "k:fx");
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        Assert.IsType<DistributedTranslationCache>(provider.GetRequiredService<ITranslationCache>());
    }

    [Fact]
    public async Task A_cache_registered_first_wins()
    {
        var services = new ServiceCollection();
        var mine = new MemoryTranslationCache(10);
        services.AddSingleton<ITranslationCache>(mine);
        services.AddDeepLTranslation(static options => options.AuthKey = "k:fx");
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        Assert.Same(mine, provider.GetRequiredService<ITranslationCache>());
    }
}
