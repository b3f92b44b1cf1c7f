using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsScrub.Translation.DeepL.Tests.Support;

/// <summary>A fake server and a provider resolved from DI, pointed at it, with fast retries.</summary>
internal sealed class DeepLTestHost : IAsyncDisposable
{
    private DeepLTestHost(FakeDeepLServer server, ServiceProvider services, ListLoggerProvider logs)
    {
        Server = server;
        Services = services;
        Logs = logs;
    }

    public FakeDeepLServer Server { get; }

    public ServiceProvider Services { get; }

    public ListLoggerProvider Logs { get; }

    public DeepLTranslationProvider Provider => Services.GetRequiredService<DeepLTranslationProvider>();

    public static async Task<DeepLTestHost> StartAsync(Action<DeepLTranslationOptions>? configure = null)
    {
        var server = await FakeDeepLServer.StartAsync();
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddDeepLTranslation(options =>
        {
            options.AuthKey = FakeDeepLServer.Key;
            options.ServerUrl = server.Url;
            options.RetryDelay = TimeSpan.FromMilliseconds(1);
            options.AttemptTimeout = TimeSpan.FromMinutes(5);
            configure?.Invoke(options);
        });
        return new DeepLTestHost(server, services.BuildServiceProvider(validateScopes: true), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
