namespace NewsScrub.Translation.DeepL.Tests.Conformance;

/// <summary>
/// What every <see cref="ITranslationProvider"/> must do. A subclass supplies the provider and declares one fact per check,
/// so that each subclass decides whether its facts run (the live one skips without a key).
/// </summary>
public abstract class TranslationProviderConformanceTests
{
    /// <summary>The target language the checks translate into.</summary>
    protected virtual string TargetLanguage => "DE";

    /// <summary>Creates the provider under test; disposing the result releases it.</summary>
    protected abstract Task<(ITranslationProvider Provider, IAsyncDisposable Owner)> CreateProviderAsync();

    protected async Task Translations_come_back_one_per_text_in_order()
    {
        var (provider, owner) = await CreateProviderAsync();
        await using var _ = owner;
        string[] texts = [.. Enumerable.Range(1, 60).Select(static i => $"Number {i}.")];

        var result = await provider.TranslateAsync(new TranslationRequest { Texts = texts, SourceLanguage = "EN", TargetLanguage = TargetLanguage });

        Assert.Equal(texts.Length, result.Texts.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Contains((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), result.Texts[i].Text, StringComparison.Ordinal);
        }

        Assert.True(result.BilledCharacters >= 0);
    }

    protected async Task An_empty_batch_is_an_empty_result()
    {
        var (provider, owner) = await CreateProviderAsync();
        await using var _ = owner;

        var result = await provider.TranslateAsync(new TranslationRequest { Texts = [], TargetLanguage = TargetLanguage });

        Assert.Empty(result.Texts);
    }

    protected async Task The_target_language_is_listed()
    {
        var (provider, owner) = await CreateProviderAsync();
        await using var _ = owner;

        var targets = await provider.GetLanguagesAsync(TranslationLanguageKind.Target);
        var sources = await provider.GetLanguagesAsync(TranslationLanguageKind.Source);

        Assert.Contains(targets, language => string.Equals(language.Code, TargetLanguage, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(sources, static language => string.Equals(language.Code, "EN", StringComparison.OrdinalIgnoreCase));
    }

    protected async Task A_cancelled_token_throws_OperationCanceledException()
    {
        var (provider, owner) = await CreateProviderAsync();
        await using var _ = owner;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => provider.TranslateAsync(new TranslationRequest { Texts = ["x"], TargetLanguage = TargetLanguage }, new CancellationToken(canceled: true)));
    }
}
