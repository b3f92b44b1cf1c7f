using System.Globalization;
using System.Net;
using System.Text.Json;

namespace NewsScrub.Translation.DeepL;

/// <summary>Turns DeepL's error answers into <see cref="TranslationException"/>s.</summary>
internal static class DeepLErrors
{
    public const int QuotaExceeded = 456;

    /// <summary>The exception for an error answer; <paramref name="body"/> may be empty, HTML or JSON.</summary>
    public static TranslationException FromResponse(HttpStatusCode status, string body, string authKey)
    {
        var code = (int)status;
        var detail = ApiMessage(body, authKey);
        var message = string.Create(CultureInfo.InvariantCulture, $"DeepL answered {code} ({Describe(code)})") + (detail is null ? "." : $": {detail}");
        return code switch
        {
            400 or 404 or 413 or 414 => new TranslationBadRequestException(message) { StatusCode = code },
            401 or 403 => new TranslationAuthorizationException(message) { StatusCode = code },
            QuotaExceeded => new TranslationQuotaExceededException(message) { StatusCode = code },
            429 or 529 => new TranslationTooManyRequestsException(message) { StatusCode = code },
            _ => new TranslationServiceException(message) { StatusCode = code },
        };
    }

    private static string Describe(int code) => code switch
    {
        400 => "bad request",
        403 => "authorization failed",
        404 => "not found",
        413 => "request too large",
        414 => "URL too long",
        429 => "too many requests",
        QuotaExceeded => "quota exceeded",
        500 => "internal error",
        503 => "service unavailable",
        504 => "resource unavailable",
        529 => "too many requests, high load",
        _ => "unexpected status",
    };

    /// <summary>The <c>message</c> and <c>detail</c> of a JSON error body, without the key; null when there are none.</summary>
    private static string? ApiMessage(string body, string authKey)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var parts = new List<string>(2);
            foreach (var name in (ReadOnlySpan<string>)["message", "detail"])
            {
                if (document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                {
                    parts.Add(text);
                }
            }

            var message = string.Join(" ", parts);
            if (message.Length == 0)
            {
                return null;
            }

            message = message.Length > 500 ? message[..500] + "…" : message;
            return authKey.Length > 0 ? message.Replace(authKey, "***", StringComparison.Ordinal) : message;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
