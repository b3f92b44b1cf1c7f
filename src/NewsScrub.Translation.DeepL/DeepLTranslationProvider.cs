using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.Timeout;

namespace NewsScrub.Translation.DeepL;

/// <summary>
/// Translates through the DeepL API (<c>/v2/translate</c>, <c>/v2/usage</c>, <c>/v2/languages</c>) over a given
/// <see cref="HttpClient"/>, which it never disposes. Texts are sent in batches of at most
/// <see cref="DeepLTranslationOptions.MaxTextsPerRequest"/> texts and <see cref="DeepLTranslationOptions.MaxRequestBytes"/>
/// bytes; a batch the server finds too large (413) is split in halves. Retries come from the client's handlers:
/// <c>services.AddDeepLTranslation()</c> adds them. Thread-safe.
/// </summary>
public sealed class DeepLTranslationProvider : ITranslationProvider
{
    private static readonly string DefaultUserAgent = BuildUserAgent();

    private readonly HttpClient httpClient;
    private readonly ILogger logger;
    private readonly string authKey;
    private readonly Uri serverUrl;
    private readonly int maxTexts;
    private readonly int maxBytes;
    private readonly int maxResponseBytes;
    private readonly TimeSpan attemptTimeout;

    /// <summary>Creates a provider over an HTTP client.</summary>
    /// <param name="httpClient">The client requests go through; not disposed by the provider.</param>
    /// <param name="options">The key, server and batch limits; read once.</param>
    /// <param name="logger">Where request failures and DeepL trace ids are logged; never the key.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options have no key or a batch limit out of range.</exception>
    public DeepLTranslationProvider(HttpClient httpClient, DeepLTranslationOptions options, ILogger<DeepLTranslationProvider>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var validation = new DeepLTranslationOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new ArgumentException($"Invalid DeepL options: {validation.FailureMessage}", nameof(options));
        }

        this.httpClient = httpClient;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        authKey = options.AuthKey.Trim();
        serverUrl = options.ResolveServerUrl();
        maxTexts = options.MaxTextsPerRequest;
        maxBytes = options.MaxRequestBytes;
        maxResponseBytes = options.MaxResponseBytes;
        attemptTimeout = options.AttemptTimeout;
    }

    /// <summary>The base URL requests go to.</summary>
    public Uri ServerUrl => serverUrl;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A text is null, the target language is missing, is the deprecated <c>EN</c> or <c>PT</c>, or a glossary is given without a source language.</exception>
    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Texts);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TargetLanguage, nameof(request));
        if (request.TargetLanguage.Trim().ToUpperInvariant() is "EN" or "PT")
        {
            throw new ArgumentException($"The target language '{request.TargetLanguage}' is deprecated; use EN-GB, EN-US, PT-BR or PT-PT.", nameof(request));
        }

        if (request.Texts.Any(static text => text is null))
        {
            throw new ArgumentException("The texts must not contain null.", nameof(request));
        }

        if (request.GlossaryId is not null && request.SourceLanguage is null)
        {
            throw new ArgumentException("A glossary needs a source language.", nameof(request));
        }

        var translations = new List<TranslatedText>(request.Texts.Count);
        foreach (var batch in DeepLRequestBody.Split(request, maxTexts, maxBytes))
        {
            translations.AddRange(await TranslateBatchAsync(request, batch, cancellationToken).ConfigureAwait(false));
        }

        return new TranslationResult { Texts = translations };
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TranslationLanguage>> GetLanguagesAsync(TranslationLanguageKind kind, CancellationToken cancellationToken = default)
    {
        var type = kind == TranslationLanguageKind.Source ? "source" : "target";
        using var document = await GetJsonAsync($"v2/languages?type={type}", cancellationToken).ConfigureAwait(false);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new TranslationServiceException("DeepL answered /v2/languages with something other than a list.");
        }

        var languages = new List<TranslationLanguage>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (String(item, "language") is { } code)
            {
                languages.Add(new TranslationLanguage(code, String(item, "name") ?? code, item.TryGetProperty("supports_formality", out var formality) && formality.ValueKind == JsonValueKind.True));
            }
        }

        return languages;
    }

    /// <summary>Reads the account's character usage for the current billing period.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="TranslationException">DeepL refused or could not be reached.</exception>
    public async Task<DeepLUsage> GetUsageAsync(CancellationToken cancellationToken = default)
    {
        using var document = await GetJsonAsync("v2/usage", cancellationToken).ConfigureAwait(false);
        return new DeepLUsage(Number(document.RootElement, "character_count"), Number(document.RootElement, "character_limit"));
    }

    /// <summary>Describes the provider without the key.</summary>
    public override string ToString() => $"DeepL ({serverUrl})";

    private async Task<IReadOnlyList<TranslatedText>> TranslateBatchAsync(TranslationRequest request, ArraySegment<string> texts, CancellationToken cancellationToken)
    {
        using var message = CreateRequest(HttpMethod.Post, "v2/translate");
        message.Content = new ByteArrayContent(DeepLRequestBody.Write(request, texts));
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge && texts.Count > 1)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("DeepL found a batch of {Count} texts too large; sending it in halves", texts.Count);
            }

            var half = texts.Count / 2;
            var first = await TranslateBatchAsync(request, texts[..half], cancellationToken).ConfigureAwait(false);
            var second = await TranslateBatchAsync(request, texts[half..], cancellationToken).ConfigureAwait(false);
            return [.. first, .. second];
        }

        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        if (!document.RootElement.TryGetProperty("translations", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != texts.Count)
        {
            throw new TranslationServiceException(string.Create(CultureInfo.InvariantCulture, $"DeepL did not answer with one translation for each of the {texts.Count} texts."));
        }

        var translations = new List<TranslatedText>(texts.Count);
        foreach (var item in items.EnumerateArray())
        {
            translations.Add(new TranslatedText(
                String(item, "text") ?? throw new TranslationServiceException("DeepL answered a translation without text."),
                String(item, "detected_source_language"),
                Number(item, "billed_characters") ?? 0));
        }

        return translations;
    }

    private async Task<JsonDocument> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var message = CreateRequest(HttpMethod.Get, path);
        using var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string path)
    {
        var message = new HttpRequestMessage(method, new Uri(serverUrl, path));
        message.Headers.Authorization = new AuthenticationHeaderValue("DeepL-Auth-Key", authKey);
        if (httpClient.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            message.Headers.TryAddWithoutValidation("User-Agent", DefaultUserAgent);
        }

        return message;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        var path = message.RequestUri!.AbsolutePath;
        try
        {
            // Headers only: the body is read by ReadBodyAsync, which stops at MaxResponseBytes.
            var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Debug) && response.Headers.TryGetValues("X-Trace-ID", out var trace))
            {
                logger.LogDebug("DeepL {Path} answered {Status}, trace id {TraceId}", path, (int)response.StatusCode, string.Join(",", trace));
            }

            return response;
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("DeepL {Path} could not be reached: {Error}", path, exception.Message);
            throw new TranslationConnectionException($"DeepL could not be reached: {exception.Message}", exception);
        }
        catch (TimeoutRejectedException exception)
        {
            logger.LogWarning("DeepL {Path} did not answer in time", path);
            throw new TranslationConnectionException("DeepL did not answer in time.", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout, not the caller.
            logger.LogWarning("DeepL {Path} did not answer within the client's timeout", path);
            throw new TranslationConnectionException("DeepL did not answer within the client's timeout.", exception);
        }
    }

    private async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var exception = DeepLErrors.FromResponse(response.StatusCode, System.Text.Encoding.UTF8.GetString(bytes), authKey);
            logger.LogWarning("DeepL {Path} failed: {Message}", response.RequestMessage?.RequestUri?.AbsolutePath, exception.Message);
            throw exception;
        }

        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException exception)
        {
            throw new TranslationServiceException("DeepL answered with something other than JSON.", exception) { StatusCode = (int)response.StatusCode };
        }
    }

    /// <summary>
    /// The response body, read no further than <see cref="DeepLTranslationOptions.MaxResponseBytes"/> and within
    /// <see cref="DeepLTranslationOptions.AttemptTimeout"/>: a huge or endless answer fails instead of filling memory.
    /// </summary>
    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > maxResponseBytes)
        {
            throw TooLarge(response, string.Create(CultureInfo.InvariantCulture, $"{declared} bytes"));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(attemptTimeout);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[(int)Math.Min(declared ?? 16 * 1024, maxResponseBytes) + 1];
                var length = 0;
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        if (length > maxResponseBytes)
                        {
                            throw TooLarge(response, string.Create(CultureInfo.InvariantCulture, $"more than {maxResponseBytes} bytes"));
                        }

                        Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)maxResponseBytes + 1));
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), timeout.Token).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }

                Array.Resize(ref buffer, length);
                return buffer;
            }
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TranslationConnectionException("DeepL's answer did not arrive in time.", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new TranslationConnectionException($"DeepL's answer broke off: {exception.Message}", exception);
        }
    }

    private TranslationServiceException TooLarge(HttpResponseMessage response, string size)
    {
        logger.LogWarning("DeepL {Path} answered {Size}, more than MaxResponseBytes", response.RequestMessage?.RequestUri?.AbsolutePath, size);
        return new TranslationServiceException(string.Create(CultureInfo.InvariantCulture, $"DeepL's answer is {size}, more than the limit of {maxResponseBytes} (DeepLTranslationOptions.MaxResponseBytes).")) { StatusCode = (int)response.StatusCode };
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private static string BuildUserAgent()
    {
        var version = typeof(DeepLTranslationProvider).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        version = plus < 0 ? version : version[..plus];
        var os = RuntimeInformation.OSDescription.Replace('(', '[').Replace(')', ']');
        return $"NewsScrub.Translation.DeepL/{version} ({os}) dotnet-clr/{Environment.Version}";
    }
}
