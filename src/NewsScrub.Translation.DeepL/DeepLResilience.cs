using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace NewsScrub.Translation.DeepL;

/// <summary>The retry and timeout pipeline <c>AddDeepLTranslation</c> puts in front of DeepL.</summary>
internal static class DeepLResilience
{
    public const string PipelineName = "DeepL";

    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(2);

    /// <summary>Retries (outermost) with exponential backoff, jitter and <c>Retry-After</c>, then a per-attempt timeout.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, DeepLTranslationOptions options)
    {
        if (options.MaxRetryAttempts > 0)
        {
            var retryOnTimeout = options.RetryOnTimeout;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "DeepLRetry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                MaxDelay = MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, retryOnTimeout)),
            });
        }

        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "DeepLAttemptTimeout", Timeout = options.AttemptTimeout });
    }

    /// <summary>
    /// Whether an outcome is worth another attempt: 429, 500, 502, 503, 504, 529 and transport errors; timeouts only when asked.
    /// Never 400, 403, 404, 413 or 456.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool retryOnTimeout) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TimeoutRejectedException } => retryOnTimeout,
        { Result: { } response } => (int)response.StatusCode is 429 or 500 or 502 or 503 or 504 or 529,
        _ => false,
    };
}
