using NewsScrub.Translation;

namespace NewsScrub.Cli.Translation;

/// <summary><c>newsscrub clean --translate-to LANG</c>: sets up DeepL, runs the clean command with it, reports the cost.</summary>
internal static class TranslatedCleanCommand
{
    /// <summary>Exit code when translation failed (key refused, quota exceeded, DeepL unreachable): the run stops.</summary>
    public const int TranslationFailed = 3;

    public static async Task<int> RunAsync(CliOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        try
        {
            await using var translation = await CliTranslation.CreateAsync(options, environment, options.Verbose ? stderr : null, cancellationToken).ConfigureAwait(false);
            var code = await new CleanCommand(options, stdin, stdout, stderr).RunTranslatedAsync(translation, cancellationToken).ConfigureAwait(false);
            await stderr.WriteLineAsync(translation.DryRun
                ? $"newsscrub: a translation would bill {translation.BilledCharacters} characters"
                : $"newsscrub: {translation.BilledCharacters} characters billed").ConfigureAwait(false);
            return code;
        }
        catch (TranslationStoppedException exception)
        {
            await stderr.WriteLineAsync($"newsscrub: translation failed: {exception.Message}; the records after it were not translated").ConfigureAwait(false);
            return TranslationFailed;
        }
        catch (TranslationException exception)
        {
            await stderr.WriteLineAsync($"newsscrub: translation failed: {exception.Message}").ConfigureAwait(false);
            return TranslationFailed;
        }
    }
}
