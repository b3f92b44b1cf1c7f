using Microsoft.Extensions.DependencyInjection;
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

    private readonly ServiceProvider services;
    private readonly ArticleTranslator translator;
    private readonly ArticleTranslationOptions options;

    private CliTranslation(ServiceProvider services, ArticleTranslationOptions options, bool dryRun)
    {
        this.services = services;
        this.options = options;
        DryRun = dryRun;
        translator = new ArticleTranslator(services.GetRequiredService<ITranslationProvider>(), cache: null, providerName: "DeepL");
    }

    /// <summary>Whether only the characters a translation would bill are reported.</summary>
    public bool DryRun { get; }

    /// <summary>The characters billed (or, in a dry run, that would be billed) so far.</summary>
    public long BilledCharacters { get; private set; }

    /// <summary>A DeepL provider from the environment.</summary>
    /// <exception cref="UsageException">The key is missing or the server URL is not a URL.</exception>
    public static ServiceProvider CreateServices(Func<string, string?> environment)
    {
        var key = environment(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new UsageException($"translation needs a DeepL key in the {KeyVariable} environment variable");
        }

        Uri? server = null;
        if (environment(ServerVariable) is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out server))
        {
            throw new UsageException($"{ServerVariable} is not an absolute URL: '{url}'");
        }

        var services = new ServiceCollection();
        services.AddDeepLTranslation(options =>
        {
            options.AuthKey = key;
            options.ServerUrl = server;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Sets up translation for a run, checking the languages against DeepL's lists.</summary>
    /// <exception cref="UsageException">The key is missing, or a language is not one DeepL offers.</exception>
    /// <exception cref="TranslationException">DeepL refused or could not be reached.</exception>
    public static async Task<CliTranslation> CreateAsync(CliOptions cli, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var services = CreateServices(environment);
        try
        {
            var provider = services.GetRequiredService<ITranslationProvider>();
            var target = await CheckLanguageAsync(provider, TranslationLanguageKind.Target, cli.TranslateTo!, "--translate-to", cancellationToken).ConfigureAwait(false);
            var source = cli.TranslateFrom is null
                ? null
                : await CheckLanguageAsync(provider, TranslationLanguageKind.Source, cli.TranslateFrom, "--translate-from", cancellationToken).ConfigureAwait(false);
            return new CliTranslation(services, new ArticleTranslationOptions { TargetLanguage = target, SourceLanguage = source }, cli.TranslateDryRun);
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

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static async Task<string> CheckLanguageAsync(ITranslationProvider provider, TranslationLanguageKind kind, string code, string option, CancellationToken cancellationToken)
    {
        var languages = await provider.GetLanguagesAsync(kind, cancellationToken).ConfigureAwait(false);
        var match = languages.FirstOrDefault(language => string.Equals(language.Code, code, StringComparison.OrdinalIgnoreCase));
        return match?.Code ?? throw new UsageException(
            $"{option} '{code}' is not a DeepL {(kind == TranslationLanguageKind.Target ? "target" : "source")} language; use one of: {string.Join(", ", languages.Select(static language => language.Code))}");
    }
}
