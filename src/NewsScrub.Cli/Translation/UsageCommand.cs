using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsScrub.Translation;
using NewsScrub.Translation.DeepL;

namespace NewsScrub.Cli.Translation;

/// <summary><c>newsscrub usage</c>: prints the DeepL account's character usage for the current billing period.</summary>
internal static class UsageCommand
{
    public const string Usage = """
        Usage: newsscrub usage

        Prints the DeepL account's character usage for the current billing period.
        The key comes from DEEPL_AUTH_KEY; DEEPL_SERVER_URL overrides the server.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            if (args.Count == 1 && args[0] is "-h" or "--help")
            {
                await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
                return 0;
            }

            throw new UsageException($"usage takes no arguments, not '{args[0]}'");
        }

        await using var services = CliTranslation.CreateServices(environment);
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
