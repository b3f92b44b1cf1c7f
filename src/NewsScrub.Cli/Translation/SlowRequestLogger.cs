using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsScrub.Cli.Translation;

/// <summary>Logs each HTTP attempt that takes longer than a threshold (a warning), and each failed one, with its duration.</summary>
internal sealed partial class SlowRequestLogger(ILoggerFactory? loggers, TimeSpan threshold) : DelegatingHandler
{
    public static readonly TimeSpan DefaultThreshold = TimeSpan.FromSeconds(2);

    private readonly ILogger logger = (loggers ?? NullLoggerFactory.Instance).CreateLogger<SlowRequestLogger>();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (clock.Elapsed > threshold)
            {
                LogSlow(request.Method.Method, request.RequestUri?.AbsolutePath, clock.Elapsed.TotalSeconds, (int)response.StatusCode);
            }

            return response;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            LogFailed(request.Method.Method, request.RequestUri?.AbsolutePath, clock.Elapsed.TotalSeconds, exception.Message);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "slow request: {Method} {Path} took {Seconds:F1} s (status {Status})")]
    private partial void LogSlow(string method, string? path, double seconds, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "request failed: {Method} {Path} after {Seconds:F1} s: {Reason}")]
    private partial void LogFailed(string method, string? path, double seconds, string reason);
}
