using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task The_provider_resolves_from_bound_configuration_with_a_resilience_handler_in_the_chain()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DeepL:AuthKey"] = FakeDeepLServer.Key,
            ["DeepL:ServerUrl"] = server.Url.ToString(),
            ["DeepL:RetryDelay"] = "00:00:00.001",
            ["DeepL:MaxTextsPerRequest"] = "10",
        }).Build();
        var services = new ServiceCollection();
        var builder = services.AddDeepLTranslation(configuration.GetSection("DeepL"));
        await using var provider = services.BuildServiceProvider(validateScopes: true);

        var translation = provider.GetRequiredService<ITranslationProvider>();
        var options = provider.GetRequiredService<IOptions<DeepLTranslationOptions>>().Value;
        var handlers = Chain(provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(builder.Name)).ToList();
        server.Fail429(1);
        var result = await translation.TranslateAsync(new TranslationRequest { Texts = [.. Enumerable.Range(0, 25).Select(static i => $"t{i}")], TargetLanguage = "DE" });

        var deepL = Assert.IsType<DeepLTranslationProvider>(translation);
        Assert.Equal(server.Url, deepL.ServerUrl);
        Assert.Equal(10, options.MaxTextsPerRequest);
        Assert.Contains(handlers, static handler => handler is ResilienceHandler);
        Assert.Equal(25, result.Texts.Count);
        Assert.Equal([429, 200, 200, 200], server.TranslateRequests.Select(static request => request.Status));
    }

    [Fact]
    public async Task Invalid_options_fail_at_startup()
    {
        var services = new ServiceCollection();
        services.AddDeepLTranslation(static options => options.MaxTextsPerRequest = 500);
        await using var provider = services.BuildServiceProvider();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None));

        Assert.Contains(exception.Failures, static failure => failure.Contains(nameof(DeepLTranslationOptions.AuthKey), StringComparison.Ordinal));
        Assert.Contains(exception.Failures, static failure => failure.Contains(nameof(DeepLTranslationOptions.MaxTextsPerRequest), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Valid_options_pass_startup_validation_and_the_key_picks_the_endpoint()
    {
        var services = new ServiceCollection();
        services.AddDeepLTranslation(static options => options.AuthKey = "0000-1111:fx");
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None);

        Assert.Equal(DeepLTranslationOptions.FreeServerUrl, provider.GetRequiredService<DeepLTranslationProvider>().ServerUrl);
    }

    [Fact]
    public async Task The_client_timeout_comes_from_the_options()
    {
        var services = new ServiceCollection();
        services.AddDeepLTranslation(static options =>
        {
            options.AuthKey = "k";
            options.Timeout = TimeSpan.FromSeconds(42);
        });
        await using var provider = services.BuildServiceProvider();

        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DeepLTranslationProvider));

        Assert.Equal(TimeSpan.FromSeconds(42), client.Timeout);
    }

    private static IEnumerable<HttpMessageHandler> Chain(HttpMessageHandler handler)
    {
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            yield return current;
        }
    }
}
