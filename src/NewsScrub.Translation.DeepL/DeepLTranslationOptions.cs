using System.ComponentModel.DataAnnotations;

namespace NewsScrub.Translation.DeepL;

/// <summary>
/// Settings of <see cref="DeepLTranslationProvider"/>. Mutable so that <c>services.Configure</c> and configuration binding
/// can fill it; checked when the host starts. <see cref="ToString"/> never shows the key.
/// </summary>
public sealed class DeepLTranslationOptions
{
    /// <summary>The base URL of DeepL's free API, used for keys ending in <c>:fx</c>.</summary>
    public static Uri FreeServerUrl { get; } = new("https://api-free.deepl.com/");

    /// <summary>The base URL of DeepL's Pro API.</summary>
    public static Uri ProServerUrl { get; } = new("https://api.deepl.com/");

    /// <summary>The DeepL authentication key (required). It is sent only in the <c>Authorization</c> header and never logged.</summary>
    [Required]
    [MinLength(1)]
    public string AuthKey { get; set; } = string.Empty;

    /// <summary>
    /// The server's base URL, or <see langword="null"/> (the default) to pick DeepL's free or Pro endpoint from the key.
    /// Set it for a proxy or a test server; a path prefix is kept.
    /// </summary>
    public Uri? ServerUrl { get; set; }

    /// <summary>The time a whole call may take, retries included (the <see cref="HttpClient.Timeout"/> of the registered client); 100 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The time one attempt may take before it is abandoned; 30 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a failed request is retried (429, 500, 502, 503, 504, 529, transport errors); 5 by default, 0 for never.</summary>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The delay before the first retry; later retries wait exponentially longer, with jitter. 1 second by default. A <c>Retry-After</c> header wins.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether an attempt that timed out is retried; <see langword="false"/> by default, because DeepL may have
    /// translated (and billed) the texts of a request whose answer was lost.
    /// </summary>
    public bool RetryOnTimeout { get; set; }

    /// <summary>The most texts sent in one request; 50 by default, DeepL's documented cap.</summary>
    [Range(1, 50)]
    public int MaxTextsPerRequest { get; set; } = 50;

    /// <summary>The largest encoded request body in bytes; 120,000 by default, under DeepL's 128 KiB limit.</summary>
    [Range(1024, 131072)]
    public int MaxRequestBytes { get; set; } = 120_000;

    /// <summary>
    /// The largest answer read, in bytes; 16 MiB by default (a full batch's answer is well under 1 MiB). A larger or
    /// endless answer fails with a <see cref="TranslationServiceException"/> instead of being read into memory.
    /// </summary>
    [Range(65536, int.MaxValue - 1)]
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The base URL requests go to: <see cref="ServerUrl"/>, or else the endpoint the key implies; always ending in <c>/</c>.</summary>
    public Uri ResolveServerUrl()
    {
        var url = ServerUrl ?? (AuthKey.Trim().EndsWith(":fx", StringComparison.Ordinal) ? FreeServerUrl : ProServerUrl);
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    /// <summary>Describes the options without the key.</summary>
    public override string ToString() =>
        $"DeepLTranslationOptions {{ AuthKey = {(AuthKey.Length == 0 ? "(none)" : "***")}, ServerUrl = {ServerUrl?.ToString() ?? "(from key)"} }}";
}
