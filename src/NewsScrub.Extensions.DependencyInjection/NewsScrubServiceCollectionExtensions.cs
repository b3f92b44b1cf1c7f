using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsScrub;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a NewsScrub <see cref="ScrubPipeline"/> with its options.</summary>
public static class NewsScrubServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="ScrubPipeline"/> singleton built from <see cref="NewsScrubOptions"/> (defaults, or
    /// configured elsewhere), validated when the host starts. The pipeline is immutable and thread-safe.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddNewsScrub(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NewsScrubOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsScrubOptions>, NewsScrubOptionsValidator>());
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<NewsScrubOptions>>().Value.CreateBuilder().Build());
        return services;
    }

    /// <summary>Registers the pipeline, configuring its options with a delegate.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the step options and limits.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddNewsScrub(this IServiceCollection services, Action<NewsScrubOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddNewsScrub();
    }

    /// <summary>
    /// Registers the pipeline, binding its options to a configuration section (keys named as the properties). A key
    /// that names no option (a typo, a renamed option) fails when the options are read, instead of being ignored.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section, such as <c>configuration.GetSection("NewsScrub")</c>.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    public static IServiceCollection AddNewsScrub(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<NewsScrubOptions>().Bind(section, static binder => binder.ErrorOnUnknownConfiguration = true);
        return services.AddNewsScrub();
    }
}
