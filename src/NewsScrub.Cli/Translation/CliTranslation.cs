using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsScrub.Translation;
using NewsScrub.Translation.DeepL;

namespace NewsScrub.Cli.Translation;

/// <summary>
/// The translation side of <c>newsscrub clean --translate-to LANG</c>: a DeepL provider configured from the environment
/// (<c>DEEPL_AUTH_KEY</c>, <c>DEEPL_SERVER_URL</c>), with the target and source languages checked against DeepL's lists.
/// </summary>
internal sealed class CliTranslation : IAsyncDisposable
{
    public const string KeyVariable = "DEEPL_AUTH_KEY";
    public const string ServerVariable = "DEEPL_SERVER_URL";

    private readonly ServiceProvider? services;
    private readonly ArticleTranslator translator;
    private readonly ArticleTranslationOptions options;

    private CliTranslation(ServiceProvider? services, ITranslationProvider provider, ArticleTranslationOptions options, bool dryRun)
    {
        this.services = services;
        this.options = options;
        DryRun = dryRun;
        translator = new ArticleTranslator(provider, cache: null, providerName: "DeepL");
    }

    /// <summary>Whether only the characters a translation would bill are reported.</summary>
    public bool DryRun { get; }

    /// <summary>The characters billed (or, in a dry run, that would be billed) so far.</summary>
    public long BilledCharacters { get; private set; }

    /// <summary>A DeepL provider from the environment; with <paramref name="log"/>, retries and slow requests are logged to it.</summary>
    /// <exception cref="UsageException">The key is missing or malformed, or the server URL is not an http(s) URL.</exception>
    public static ServiceProvider CreateServices(Func<string, string?> environment, TextWriter? log = null)
    {
        var key = environment(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new UsageException($"translation needs a DeepL key in the {KeyVariable} environment variable");
        }

        key = key.Trim();
        if (key.Any(char.IsControl) || key.Any(char.IsWhiteSpace))
        {
            // A key with a line break cannot go in an HTTP header; say so instead of failing deep inside HttpClient.
            throw new UsageException($"{KeyVariable} holds a space, line break or control character; a DeepL key has none");
        }

        Uri? server = null;
        if (environment(ServerVariable) is { Length: > 0 } url &&
            (!Uri.TryCreate(url, UriKind.Absolute, out server) || server.Scheme is not ("http" or "https")))
        {
            throw new UsageException($"{ServerVariable} must be an absolute http or https URL, not '{url}'");
        }

        var services = new ServiceCollection();
        if (log is not null)
        {
            services.AddLogging(logging => logging.AddProvider(new TextWriterLoggerProvider(log)).SetMinimumLevel(LogLevel.Information));
        }

        services.AddDeepLTranslation(options =>
        {
            options.AuthKey = key;
            options.ServerUrl = server;
        }).AddHttpMessageHandler(static provider => new SlowRequestLogger(provider.GetService<ILoggerFactory>(), SlowRequestLogger.DefaultThreshold));
        return services.BuildServiceProvider();
    }

    /// <summary>Sets up translation for a run, checking the languages against DeepL's lists; a dry run needs no key and calls no server.</summary>
    /// <exception cref="UsageException">The key is missing, or a language is not one DeepL offers.</exception>
    /// <exception cref="TranslationException">DeepL refused or could not be reached.</exception>
    public static async Task<CliTranslation> CreateAsync(CliOptions cli, Func<string, string?> environment, TextWriter? log, CancellationToken cancellationToken)
    {
        if (cli.TranslateDryRun)
        {
            var dryOptions = new ArticleTranslationOptions { TargetLanguage = cli.TranslateTo!.ToUpperInvariant(), SourceLanguage = cli.TranslateFrom?.ToUpperInvariant() };
            return new CliTranslation(null, NoProvider.Instance, dryOptions, dryRun: true);
        }

        var services = CreateServices(environment, log);
        try
        {
            var provider = services.GetRequiredService<ITranslationProvider>();
            var target = await CheckLanguageAsync(provider, TranslationLanguageKind.Target, cli.TranslateTo!, "--translate-to", cancellationToken).ConfigureAwait(false);
            var source = cli.TranslateFrom is null
                ? null
                : await CheckLanguageAsync(provider, TranslationLanguageKind.Source, cli.TranslateFrom, "--translate-from", cancellationToken).ConfigureAwait(false);
            return new CliTranslation(services, provider, new ArticleTranslationOptions { TargetLanguage = target, SourceLanguage = source }, dryRun: false);
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Translates an article, or in a dry run, counts what it would bill.</summary>
    public async Task<CliTranslationResult> TranslateAsync(Article article, CancellationToken cancellationToken)
    {
        if (DryRun)
        {
            var estimate = await translator.EstimateAsync(article, options, cancellationToken).ConfigureAwait(false);
            BilledCharacters += estimate.BilledCharacters;
            return new CliTranslationResult(null, estimate);
        }

        var translated = await translator.TranslateAsync(article, options, cancellationToken).ConfigureAwait(false);
        BilledCharacters += translated.BilledCharacters;
        return new CliTranslationResult(translated, null);
    }

    public ValueTask DisposeAsync() => services?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static async Task<string> CheckLanguageAsync(ITranslationProvider provider, TranslationLanguageKind kind, string code, string option, CancellationToken cancellationToken)
    {
        var languages = await provider.GetLanguagesAsync(kind, cancellationToken).ConfigureAwait(false);
        var match = languages.FirstOrDefault(language => string.Equals(language.Code, code, StringComparison.OrdinalIgnoreCase));
        return match?.Code ?? throw new UsageException(
            $"{option} '{code}' is not a DeepL {(kind == TranslationLanguageKind.Target ? "target" : "source")} language; use one of: {string.Join(", ", languages.Select(static language => language.Code))}");
    }

    /// <summary>The provider of a dry run: estimates never call it.</summary>
    private sealed class NoProvider : ITranslationProvider
    {
        public static NoProvider Instance { get; } = new();

        public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("A dry run translates nothing.");

        public Task<IReadOnlyList<TranslationLanguage>> GetLanguagesAsync(TranslationLanguageKind kind, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("A dry run asks for no languages.");
    }
}
