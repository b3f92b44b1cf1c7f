using Microsoft.Extensions.DependencyInjection;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary>Against the real DeepL API; skipped unless <c>DEEPL_AUTH_KEY</c> is set. Translates a few words only.</summary>
public sealed class LiveDeepLTests
{
    [LiveDeepLFact]
    public async Task Translates_two_short_texts_and_reads_usage_and_languages()
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
        await using var provider = services.BuildServiceProvider();
        var deepL = provider.GetRequiredService<DeepLTranslationProvider>();

        var result = await deepL.TranslateAsync(new TranslationRequest { Texts = ["Good morning.", "Thank you."], SourceLanguage = "EN", TargetLanguage = "DE" });
        var usage = await deepL.GetUsageAsync();
        var targets = await deepL.GetLanguagesAsync(TranslationLanguageKind.Target);

        Assert.Equal(2, result.Texts.Count);
        Assert.All(result.Texts, static text => Assert.False(string.IsNullOrWhiteSpace(text.Text)));
        Assert.Equal("EN", result.Texts[0].DetectedSourceLanguage);
        Assert.NotNull(usage.CharacterCount);
        Assert.Contains(targets, static language => language.Code == "DE");
    }
}
