using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;
using NewsScrub.Cli.Translation;

namespace NewsScrub.Cli;

/// <summary>The <c>newsscrub</c> command.</summary>
internal static class Program
{
    /// <summary>Exit code of a usage error (unknown option, bad value, missing command).</summary>
    public const int UsageError = 2;

    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return await RunAsync(args, Console.OpenStandardInput(), Console.Out, Console.Error, environment: null, stderrIsTerminal: !Console.IsErrorRedirected, handleTermination: true).ConfigureAwait(false);
    }

    /// <summary>Runs the command with the given streams; the tests call this directly.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, Stream stdin, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdin, stdout, stderr, environment: null, stderrIsTerminal: false);

    /// <summary>Runs the command with the given streams, environment and terminal; the tests call this directly.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, Stream stdin, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment, bool stderrIsTerminal = false, bool handleTermination = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var variables = environment ?? Environment.GetEnvironmentVariable;
        var cli = new CommandLine();
        var root = BuildRoot(cli, stdin, stdout, stderr, variables, stderrIsTerminal);
        if (args.Count == 0)
        {
            return Fail(stderr, "no command given (clean or usage)", "newsscrub");
        }

        // 'newsscrub help [COMMAND]' is the same as 'newsscrub [COMMAND] --help'.
        IReadOnlyList<string> words = args[0] == "help" ? [.. args.Skip(1), "--help"] : args;
        // Response files (@file) are off: a PATH may start with '@'.
        var result = root.Parse(words, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var command = result.CommandResult.Command == root ? "newsscrub" : "newsscrub " + result.CommandResult.Command.Name;
        if (result.Action is ParseErrorAction && result.Errors.Count > 0)
        {
            var message = result.UnmatchedTokens.Count > 0 && result.CommandResult.Command == root
                ? $"unknown command '{result.UnmatchedTokens[0]}'"
                : Lower(result.Errors[0].Message);
            return Fail(stderr, message, command);
        }

        try
        {
            return await result.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = stdout,
                    Error = stderr,
                    EnableDefaultExceptionHandler = false,
                    ProcessTerminationTimeout = handleTermination ? TimeSpan.FromSeconds(2) : null,
                },
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            return Fail(stderr, exception.Message, command);
        }
        catch (ArgumentException exception)
        {
            return Fail(stderr, exception.Message, command);
        }
    }

    private static RootCommand BuildRoot(CommandLine cli, Stream stdin, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, bool stderrIsTerminal)
    {
        var clean = new Command("clean", CommandLine.CleanDescription) { cli.Paths };
        foreach (var option in cli.CleanOptions)
        {
            clean.Options.Add(option);
        }

        clean.SetAction(async (result, cancellationToken) =>
        {
            if (cli.Validate(result) is { } error)
            {
                throw new UsageException(error);
            }

            var options = cli.Bind(result);
            return options.TranslateTo is null
                ? new CleanCommand(options, stdin, stdout, stderr, stderrIsTerminal).Run()
                : await TranslatedCleanCommand.RunAsync(options, stdin, stdout, stderr, environment, cancellationToken).ConfigureAwait(false);
        });

        var usage = new Command("usage", UsageCommand.Description);
        usage.SetAction((result, cancellationToken) => UsageCommand.RunAsync(stdout, stderr, environment, result.GetValue(cli.Verbose), cancellationToken));

        var root = new RootCommand("Cleans scraped news pages (HTML or text) into article text, metadata and a record of what was removed.")
        {
            clean,
            usage,
        };
        root.Options.Add(cli.Verbose);
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new HelpWithEpilogue(help, command => command == clean ? CommandLine.CleanEpilogue : null);
            }
        }

        return root;
    }

    private static int Fail(TextWriter stderr, string message, string command)
    {
        stderr.WriteLine($"newsscrub: {message.TrimEnd('.')} (see '{command} --help')");
        return UsageError;
    }

    private static string Lower(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;

    /// <summary>The default help, then the command's notes (inputs, exit codes).</summary>
    private sealed class HelpWithEpilogue(HelpAction inner, Func<Command, string?> epilogue) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            if (epilogue(parseResult.CommandResult.Command) is { } text)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(text);
            }

            return 0;
        }
    }
}
