using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsScrub.Translation;
using NewsScrub.Translation.DeepL;

namespace NewsScrub.Cli.Translation;

/// <summary><c>newsscrub usage</c>: prints the DeepL account's character usage for the current billing period.</summary>
internal static class UsageCommand
{
    public const string Description = """
        Prints the DeepL account's character usage for the current billing period.
        The key comes from DEEPL_AUTH_KEY; DEEPL_SERVER_URL overrides the server.
        """;

    public static async Task<int> RunAsync(TextWriter stdout, TextWriter stderr, Func<string, string?> environment, bool verbose, CancellationToken cancellationToken)
    {
        await using var services = CliTranslation.CreateServices(environment, verbose ? stderr : null);
        DeepLUsage usage;
        try
        {
            usage = await services.GetRequiredService<DeepLTranslationProvider>().GetUsageAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TranslationException exception)
        {
            await stderr.WriteLineAsync($"newsscrub: {exception.Message}").ConfigureAwait(false);
            return TranslatedCleanCommand.TranslationFailed;
        }

        var count = usage.CharacterCount?.ToString("N0", CultureInfo.InvariantCulture) ?? "unknown";
        var line = usage.CharacterLimit is { } limit
            ? string.Create(CultureInfo.InvariantCulture, $"{count} of {limit:N0} characters used")
              + (usage.CharacterCount is { } used && limit > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({100.0 * used / limit:F1}%)") : string.Empty)
            : $"{count} characters used (no limit reported)";
        await stdout.WriteLineAsync(usage.LimitReached ? line + "; the limit is reached" : line).ConfigureAwait(false);
        return 0;
    }
}
