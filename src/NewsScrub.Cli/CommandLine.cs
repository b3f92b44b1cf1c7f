namespace NewsScrub.Cli;

/// <summary>Parses the arguments of <c>newsscrub clean</c>.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: newsscrub clean [PATH...] [options]

        Cleans scraped news pages into article text. PATH is a file, a folder (read recursively:
        .html, .htm, .txt) or '-' for standard input (the default when no PATH is given).

        Options:
          --from text|html|auto   input format (default: auto, decided by content)
          --format text|json|jsonl
                                  text: the body only; json: the whole result;
                                  jsonl: one result per line (default: text)
          --out DIR               write one file per input into DIR instead of stdout
          --lang CODE             force the language (ISO 639-1, e.g. en, fr)
          --translate-to LANG     translate title and body with DeepL (a DeepL target code, e.g. DE, EN-GB);
                                  the key comes from DEEPL_AUTH_KEY, the server from DEEPL_SERVER_URL if set
          --translate-from LANG   the source language (default: detected by DeepL)
          --translate-dry-run     print the characters a translation would bill, without translating
          -h, --help              show this help
          --version               show the version

        Exit codes: 0 success, 1 some input failed (the others are still processed), 2 usage error,
        3 translation failed (the run stops).

        newsscrub usage: print the DeepL account's character usage.
        """;

    public static CliOptions ParseClean(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--from":
                    options = options with { From = ParseFrom(Value(args, ref i, arg)) };
                    break;
                case "--format":
                    options = options with { Format = ParseFormat(Value(args, ref i, arg)) };
                    break;
                case "--out":
                    options = options with { OutputDirectory = Value(args, ref i, arg) };
                    break;
                case "--lang":
                    options = options with { Language = Value(args, ref i, arg) };
                    break;
                case "--translate-to":
                    options = options with { TranslateTo = Value(args, ref i, arg) };
                    break;
                case "--translate-from":
                    options = options with { TranslateFrom = Value(args, ref i, arg) };
                    break;
                case "--translate-dry-run":
                    options = options with { TranslateDryRun = true };
                    break;
                case "-":
                    paths.Add(arg);
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw new UsageException($"unknown option '{arg}'");
                    }

                    paths.Add(arg);
                    break;
            }
        }

        if (options.TranslateTo is null && (options.TranslateFrom is not null || options.TranslateDryRun))
        {
            throw new UsageException("--translate-from and --translate-dry-run need --translate-to");
        }

        return options with { Paths = paths.Count == 0 ? ["-"] : paths };
    }

    private static string Value(IReadOnlyList<string> args, ref int index, string option)
    {
        if (index + 1 >= args.Count)
        {
            throw new UsageException($"option '{option}' needs a value");
        }

        return args[++index];
    }

    private static InputFormat ParseFrom(string value) => value switch
    {
        "text" => InputFormat.Text,
        "html" => InputFormat.Html,
        "auto" => InputFormat.Auto,
        _ => throw new UsageException($"--from must be text, html or auto, not '{value}'"),
    };

    private static OutputFormat ParseFormat(string value) => value switch
    {
        "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        "jsonl" => OutputFormat.Jsonl,
        _ => throw new UsageException($"--format must be text, json or jsonl, not '{value}'"),
    };
}
