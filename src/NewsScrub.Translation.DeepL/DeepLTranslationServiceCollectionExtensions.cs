using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsScrub.Translation;
using NewsScrub.Translation.DeepL;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DeepLTranslationProvider"/> as a typed <see cref="HttpClient"/>.</summary>
public static class DeepLTranslationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DeepLTranslationProvider"/> (also as <see cref="ITranslationProvider"/>) as a typed client with
    /// retries, per-attempt timeouts and options validated at startup; an <see cref="ArticleTranslator"/> over it; and,
    /// unless one is registered already, an <see cref="ITranslationCache"/>: a <see cref="DistributedTranslationCache"/>
    /// when an <see cref="IDistributedCache"/> is registered, else one <see cref="MemoryTranslationCache"/> for the
    /// application. Configure <see cref="DeepLTranslationOptions"/> elsewhere.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The client's builder, to add handlers or configure the client further.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IHttpClientBuilder AddDeepLTranslation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DeepLTranslationOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeepLTranslationOptions>, DeepLTranslationOptionsValidator>());
        services.TryAddTransient<ITranslationProvider>(static provider => provider.GetRequiredService<DeepLTranslationProvider>());
        services.TryAddSingleton<ITranslationCache>(static provider => provider.GetService<IDistributedCache>() is { } distributed
            ? new DistributedTranslationCache(distributed)
            : new MemoryTranslationCache());
        services.TryAddTransient(static provider => new ArticleTranslator(
            provider.GetRequiredService<ITranslationProvider>(),
            provider.GetRequiredService<ITranslationCache>(),
            providerName: "DeepL"));

        var builder = services.AddHttpClient(nameof(DeepLTranslationProvider)).AddTypedClient<DeepLTranslationProvider>(CreateProvider);
        builder.ConfigureHttpClient(static (provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptionsMonitor<DeepLTranslationOptions>>().CurrentValue.Timeout);
        builder.AddResilienceHandler(DeepLResilience.PipelineName, static (pipeline, context) =>
            DeepLResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptionsMonitor<DeepLTranslationOptions>>().CurrentValue));
        return builder;
    }

    /// <summary>Registers the DeepL provider, configuring its options with a delegate.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the key, server and limits.</param>
    /// <returns>The client's builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IHttpClientBuilder AddDeepLTranslation(this IServiceCollection services, Action<DeepLTranslationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddDeepLTranslation();
    }

    /// <summary>Registers the DeepL provider, binding its options to a configuration section (keys named as the properties).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section, such as <c>configuration.GetSection("DeepL")</c>.</param>
    /// <returns>The client's builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    public static IHttpClientBuilder AddDeepLTranslation(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<DeepLTranslationOptions>().Bind(section);
        return services.AddDeepLTranslation();
    }

    private static DeepLTranslationProvider CreateProvider(HttpClient client, IServiceProvider provider) => new(
        client,
        provider.GetRequiredService<IOptionsMonitor<DeepLTranslationOptions>>().CurrentValue,
        provider.GetService<ILogger<DeepLTranslationProvider>>());
}
