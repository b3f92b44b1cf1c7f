using System.Reflection;
using System.Text;
using NewsScrub.Cli.Translation;

namespace NewsScrub.Cli;

/// <summary>The <c>newsscrub</c> command.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return await RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, environment: null, stderrIsTerminal: !Console.IsErrorRedirected).ConfigureAwait(false);
    }

    /// <summary>Runs the command with the given streams; the tests call this directly.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, Stream stdin, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdin, stdout, stderr, environment: null, stderrIsTerminal: false);

    /// <summary>Runs the command with the given streams, environment and terminal; the tests call this directly.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Stream stdin, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment, bool stderrIsTerminal = false)
    {
        try
        {
            if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
            {
                stdout.WriteLine(CommandLine.Usage);
                return args.Count == 0 ? 2 : 0;
            }

            if (args[0] == "--version")
            {
                stdout.WriteLine(typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return 0;
            }

            if (args[0] == "usage")
            {
                return await UsageCommand.RunAsync([.. args.Skip(1)], stdout, stderr, environment ?? Environment.GetEnvironmentVariable, CancellationToken.None).ConfigureAwait(false);
            }

            if (args[0] != "clean")
            {
                throw new UsageException($"unknown command '{args[0]}'");
            }

            var rest = args.Skip(1).ToArray();
            if (rest.Any(static arg => arg is "-h" or "--help"))
            {
                stdout.WriteLine(CommandLine.Usage);
                return 0;
            }

            var options = CommandLine.ParseClean(rest);
            return options.TranslateTo is null
                ? new CleanCommand(options, stdin, stdout, stderr, stderrIsTerminal).Run()
                : await TranslatedCleanCommand.RunAsync(options, stdin, stdout, stderr, environment ?? Environment.GetEnvironmentVariable, CancellationToken.None).ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            stderr.WriteLine($"newsscrub: {exception.Message}");
            stderr.WriteLine("Try 'newsscrub clean --help'.");
            return 2;
        }
        catch (ArgumentException exception)
        {
            stderr.WriteLine($"newsscrub: {exception.Message}");
            return 2;
        }
    }
}
