using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsScrub.Translation.DeepL.Tests.Support;

/// <summary>
/// A DeepL-compatible server on 127.0.0.1 (Kestrel, random port) implementing <c>/v2/translate</c>, <c>/v2/usage</c> and
/// <c>/v2/languages</c>, with the failure modes of DeepL's mock server: 429 without Retry-After, 5xx before the key check,
/// 456 over a character budget, a hang, 403 for a bad key, 400 for a bad parameter or a missing User-Agent, 413 with an
/// HTML body over a body limit. Translations are placeholders: <c>[TARGET] text</c>.
/// </summary>
internal sealed class FakeDeepLServer : IAsyncDisposable
{
    public const string Key = "test-key:fx";

    private static readonly string[] TargetLanguages = ["BG", "DE", "EN-GB", "EN-US", "ES", "FR", "IT", "JA", "NL", "PT-BR", "PT-PT", "RU", "ZH-HANS"];
    private static readonly HashSet<string> FormalityLanguages = ["DE", "ES", "FR", "IT", "JA", "NL", "PT-BR", "PT-PT", "RU"];

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly CancellationTokenSource stopping = new();
    private int fail429;
    private int fail5xx;
    private int fail5xxStatus = 503;
    private int hang;
    private long charactersUsed;
    private TaskCompletionSource hangStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeDeepLServer(WebApplication app) => this.app = app;

    /// <summary>The base URL, ending in <c>/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The characters the account may translate; null for no limit.</summary>
    public long? CharacterLimit { get; set; }

    /// <summary>Bodies larger than this get 413.</summary>
    public int MaxBodyBytes { get; set; } = 128 * 1024;

    /// <summary>Completes when a request starts hanging.</summary>
    public Task HangStarted => hangStarted.Task;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public IReadOnlyList<RecordedRequest> TranslateRequests => [.. Requests.Where(static request => request.Path == "/v2/translate")];

    public static async Task<FakeDeepLServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeDeepLServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Url = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next <paramref name="count"/> translate calls get 429 with an empty body and no Retry-After.</summary>
    public void Fail429(int count)
    {
        lock (gate)
        {
            fail429 = count;
        }
    }

    /// <summary>The next <paramref name="count"/> requests of any path get <paramref name="status"/>, before the key check.</summary>
    public void Fail5xx(int count, int status = 503)
    {
        lock (gate)
        {
            fail5xx = count;
            fail5xxStatus = status;
        }
    }

    /// <summary>The next <paramref name="count"/> requests get no answer until the client gives up.</summary>
    public void Hang(int count)
    {
        lock (gate)
        {
            hang = count;
            hangStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();

        bool doHang;
        int status5xx;
        TaskCompletionSource started;
        lock (gate)
        {
            doHang = hang > 0 && hang-- > 0;
            status5xx = !doHang && fail5xx > 0 && fail5xx-- > 0 ? fail5xxStatus : 0;
            started = hangStarted;
        }

        var record = new RecordedRequest(
            request.Method, request.Path.Value ?? string.Empty, 0, [], null,
            request.Headers.Authorization.ToString(), request.Headers.UserAgent.ToString(), request.ContentType,
            null, null, null, body.Length);

        if (doHang)
        {
            Record(record with { Status = -1 });
            started.TrySetResult();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            try
            {
                await Task.Delay(Timeout.Infinite, linked.Token);
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        if (status5xx != 0)
        {
            Record(record with { Status = status5xx });
            context.Response.StatusCode = status5xx;
            return;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("DeepL-Auth-Key ", StringComparison.Ordinal) || authorization["DeepL-Auth-Key ".Length..] != Key)
        {
            Record(record with { Status = 403 });
            context.Response.StatusCode = 403;
            return;
        }

        if (string.IsNullOrEmpty(request.Headers.UserAgent))
        {
            await ErrorAsync(context, record, 400, "User-Agent header missing.");
            return;
        }

        switch (request.Method, request.Path.Value)
        {
            case ("POST", "/v2/translate"):
                await TranslateAsync(context, record, body);
                break;
            case ("GET", "/v2/usage"):
                Record(record with { Status = 200 });
                long used;
                lock (gate)
                {
                    used = charactersUsed;
                }

                await context.Response.WriteAsJsonAsync(new JsonObject { ["character_count"] = used, ["character_limit"] = CharacterLimit ?? 500_000 });
                break;
            case ("GET", "/v2/languages"):
                Record(record with { Status = 200 });
                var target = request.Query["type"] == "target";
                var list = new JsonArray();
                foreach (var code in target ? TargetLanguages : TargetLanguages.Select(static code => code.Split('-')[0]).Distinct())
                {
                    var item = new JsonObject { ["language"] = code, ["name"] = "Language " + code };
                    if (target)
                    {
                        item["supports_formality"] = FormalityLanguages.Contains(code);
                    }

                    list.Add(item);
                }

                await context.Response.WriteAsJsonAsync(list);
                break;
            default:
                Record(record with { Status = 404 });
                context.Response.StatusCode = 404;
                break;
        }
    }

    private async Task TranslateAsync(HttpContext context, RecordedRequest record, byte[] body)
    {
        if (body.Length > MaxBodyBytes)
        {
            Record(record with { Status = 413 });
            context.Response.StatusCode = 413;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><h1>413 Request Entity Too Large</h1></body></html>");
            return;
        }

        if (context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            await ErrorAsync(context, record, 400, "Unsupported content type.");
            return;
        }

        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            await ErrorAsync(context, record, 400, "Invalid JSON.");
            return;
        }

        var texts = json?["text"] is JsonArray array ? array.Select(static node => node?.GetValue<string>() ?? string.Empty).ToList() : null;
        var target = json?["target_lang"]?.GetValue<string>();
        var showBilled = json?["show_billed_characters"]?.GetValue<bool>();
        var formality = json?["formality"]?.GetValue<string>();
        record = record with { Texts = texts ?? [], TargetLanguage = target, ShowBilledCharacters = showBilled, Formality = formality, Context = json?["context"]?.GetValue<string>() };
        if (texts is null || texts.Count == 0)
        {
            await ErrorAsync(context, record, 400, "Parameter 'text' not specified.");
            return;
        }

        if (target is null || !TargetLanguages.Contains(target.ToUpperInvariant()))
        {
            await ErrorAsync(context, record, 400, "Value for 'target_lang' not supported.");
            return;
        }

        if (formality is "more" or "less" && !FormalityLanguages.Contains(target.ToUpperInvariant()))
        {
            await ErrorAsync(context, record, 400, "'formality' is not supported for given 'target_lang'.");
            return;
        }

        lock (gate)
        {
            if (fail429 > 0)
            {
                fail429--;
                requests.Add(record with { Status = 429 });
                context.Response.StatusCode = 429;
                return;
            }
        }

        var characters = texts.Sum(static text => (long)text.EnumerateRunes().Count());
        lock (gate)
        {
            if (CharacterLimit is { } limit && charactersUsed + characters > limit)
            {
                record = record with { Status = 456 };
            }
            else
            {
                charactersUsed += characters;
            }
        }

        if (record.Status == 456)
        {
            await ErrorAsync(context, record, 456, "Quota for this billing period has been exceeded.");
            return;
        }

        Record(record with { Status = 200 });
        var translations = new JsonArray();
        foreach (var text in texts)
        {
            var item = new JsonObject { ["detected_source_language"] = "EN", ["text"] = $"[{target.ToUpperInvariant()}] {text}" };
            if (showBilled == true)
            {
                item["billed_characters"] = text.EnumerateRunes().Count();
            }

            translations.Add(item);
        }

        context.Response.Headers["X-Trace-ID"] = Guid.NewGuid().ToString("N");
        await context.Response.WriteAsJsonAsync(new JsonObject { ["translations"] = translations });
    }

    private async Task ErrorAsync(HttpContext context, RecordedRequest record, int status, string message)
    {
        Record(record with { Status = status });
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["message"] = message }.ToJsonString(), Encoding.UTF8);
    }

    private void Record(RecordedRequest record)
    {
        lock (gate)
        {
            requests.Add(record);
        }
    }
}
