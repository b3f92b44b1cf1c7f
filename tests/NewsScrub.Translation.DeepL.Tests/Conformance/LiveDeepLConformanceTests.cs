using Microsoft.Extensions.DependencyInjection;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests.Conformance;

/// <summary>
/// The conformance checks against the real DeepL API (<c>DEEPL_SERVER_URL</c> overrides the server); each fact is
/// skipped unless <c>DEEPL_AUTH_KEY</c> is set. They translate a few hundred characters in all.
/// </summary>
public sealed class LiveDeepLConformanceTests : TranslationProviderConformanceTests
{
    [LiveDeepLFact]
    public Task Live_in_order() => Translations_come_back_one_per_text_in_order();

    [LiveDeepLFact]
    public Task Live_empty() => An_empty_batch_is_an_empty_result();

    [LiveDeepLFact]
    public Task Live_languages() => The_target_language_is_listed();

    [LiveDeepLFact]
    public Task Live_cancelled() => A_cancelled_token_throws_OperationCanceledException();

    [LiveDeepLFact]
    public async Task Live_usage_and_detected_language()
    {
        var (provider, owner) = await CreateProviderAsync();
        await using var _ = owner;
        var deepL = Assert.IsType<DeepLTranslationProvider>(provider);

        var result = await deepL.TranslateAsync(new TranslationRequest { Texts = ["Good morning, everyone."], TargetLanguage = "DE" });
        var usage = await deepL.GetUsageAsync();

        Assert.Equal("EN", Assert.Single(result.Texts).DetectedSourceLanguage);
        Assert.True(result.BilledCharacters > 0);
        Assert.NotNull(usage.CharacterCount);
    }

    protected override Task<(ITranslationProvider Provider, IAsyncDisposable Owner)> CreateProviderAsync()
    {
        var services = new ServiceCollection();
        services.AddDeepLTranslation(static options =>
        {
            options.AuthKey = Environment.GetEnvironmentVariable("DEEPL_AUTH_KEY")!;
            if (Environment.GetEnvironmentVariable("DEEPL_SERVER_URL") is { Length: > 0 } url)
            {
                options.ServerUrl = new Uri(url);
            }
        });
        var provider = services.BuildServiceProvider();
        return Task.FromResult<(ITranslationProvider, IAsyncDisposable)>((provider.GetRequiredService<ITranslationProvider>(), provider));
    }
}
