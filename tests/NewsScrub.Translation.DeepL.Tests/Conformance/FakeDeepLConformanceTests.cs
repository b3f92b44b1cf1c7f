using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests.Conformance;

/// <summary>The conformance checks against the fake DeepL server on 127.0.0.1.</summary>
public sealed class FakeDeepLConformanceTests : TranslationProviderConformanceTests
{
    [Fact]
    public Task In_order() => Translations_come_back_one_per_text_in_order();

    [Fact]
    public Task Empty() => An_empty_batch_is_an_empty_result();

    [Fact]
    public Task Languages() => The_target_language_is_listed();

    [Fact]
    public Task Cancelled() => A_cancelled_token_throws_OperationCanceledException();

    protected override async Task<(ITranslationProvider Provider, IAsyncDisposable Owner)> CreateProviderAsync()
    {
        var host = await DeepLTestHost.StartAsync();
        return (host.Provider, host);
    }
}
