using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsScrub.Cli;

/// <summary>
/// Every option and argument of <c>newsscrub</c>, in one place (System.CommandLine). To add an option to
/// <c>clean</c>: declare it below, add it in <see cref="CleanOptions"/>, and read it in <see cref="Bind"/>.
/// </summary>
internal sealed class CommandLine
{
    public const string CleanDescription = """
        Cleans scraped news pages into article text. PATH is a file, a folder (read recursively:
        .html, .htm, .xhtml, .txt and their .gz), a JSONL file (.jsonl, .ndjson, .jsonl.gz), a WARC
        file (.warc, .warc.gz) or '-' for standard input (the default when no PATH is given).
        """;

    public const string CleanEpilogue = """
        Output is in input order whatever --parallel is. A summary (records, failed, characters
        removed, throughput) goes to stderr after a batch. '--' ends the options: every later word
        is a PATH, even one starting with '-'.
        Exit codes: 0 success, 1 some record failed (the others are still processed), 2 usage error,
        3 translation failed (the run stops).
        """;

    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "files, folders, archives or '-' (stdin)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<InputFormat> From { get; } = Choice("--from", "page format (default: auto, decided by content)", InputFormat.Auto, ("text", InputFormat.Text), ("html", InputFormat.Html), ("auto", InputFormat.Auto));

    public Option<OutputFormat> Format { get; } = Choice(
        "--format",
        "text: the body only; json: the whole result; jsonl: one result (or error) per record and line; md: Markdown with the metadata as YAML front matter (default: text)",
        OutputFormat.Text,
        ("text", OutputFormat.Text),
        ("json", OutputFormat.Json),
        ("jsonl", OutputFormat.Jsonl),
        ("md", OutputFormat.Markdown),
        ("markdown", OutputFormat.Markdown));

    public Option<string?> Out { get; } = new("--out") { Description = "write one file per record into DIR instead of stdout", HelpName = "DIR" };

    public Option<string?> OutFile { get; } = new("--out-file")
    {
        Description = "write the output to FILE instead of stdout, under a temporary name renamed to FILE when the run ends (a rerun replaces it)",
        HelpName = "FILE",
    };

    public Option<string?> Manifest { get; } = new("--manifest")
    {
        Description = "when the run ends, after the output, write one JSON line to FILE: input, shard, output, records, results, errors, characters removed",
        HelpName = "FILE",
    };

    public Option<string?> Lang { get; } = new("--lang")
    {
        Description = "force the language (ISO 639-1, e.g. en, fr)",
        HelpName = "CODE",
        CustomParser = static result => LanguageCodes.Parse(result, "--lang"),
    };

    public Option<string?> TranslateTo { get; } = new("--translate-to")
    {
        Description = "translate title and body with DeepL (a DeepL target code, e.g. DE, EN-GB); the key comes from DEEPL_AUTH_KEY, the server from DEEPL_SERVER_URL if set",
        HelpName = "LANG",
    };

    public Option<string?> TranslateFrom { get; } = new("--translate-from") { Description = "the source language (default: detected by DeepL)", HelpName = "LANG" };

    public Option<bool> TranslateDryRun { get; } = new("--translate-dry-run") { Description = "print the characters a translation would bill, without translating (needs no key)" };

    public Option<InputContainer> Input { get; } = Choice(
        "--input",
        "how inputs hold pages: auto (from the file name; stdin is a WARC if it starts like one, else one page), files, jsonl or warc; with jsonl or warc, folders are searched for files of that kind (default: auto)",
        InputContainer.Auto,
        ("auto", InputContainer.Auto),
        ("files", InputContainer.Files),
        ("jsonl", InputContainer.Jsonl),
        ("warc", InputContainer.Warc));

    public Option<string> HtmlField { get; } = new("--html-field") { Description = "JSONL field with the page's HTML (default: html)", HelpName = "NAME" };

    public Option<string> TextField { get; } = new("--text-field") { Description = "JSONL field with the page's text (default: text)", HelpName = "NAME" };

    public Option<string?> IdField { get; } = new("--id-field") { Description = "JSONL field naming the record (default: id, else url)", HelpName = "NAME" };

    public Option<int> Parallel { get; } = new("--parallel")
    {
        Description = "records cleaned at once (default: the processor count)",
        HelpName = "N",
        CustomParser = static result => Count(result, "--parallel", max: 1024),
    };

    public Option<(int Index, int Count)> Shard { get; } = new("--shard")
    {
        Description = "process only shard K of N (record i goes to shard i mod N + 1)",
        HelpName = "K/N",
        CustomParser = ParseShard,
    };

    public Option<bool> Progress { get; } = new("--progress") { Description = "progress bar on stderr (default: when stderr is a terminal)" };

    public Option<bool> NoProgress { get; } = new("--no-progress") { Description = "no progress bar" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "no progress bar and no summary" };

    public Option<int> MaxRecordMegabytes { get; } = new("--max-record-mb")
    {
        Description = "records (and stdin) larger than this many MB fail instead of being cleaned (default: 64)",
        HelpName = "N",
        CustomParser = static result => Count(result, "--max-record-mb", max: 2047),
    };

    /// <summary>On the root, so every command takes it: log retries, slow requests and skipped inputs to stderr.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "log retries, slow requests and skipped inputs to stderr", Recursive = true };

    /// <summary>The options of <c>clean</c>, in the order help lists them.</summary>
    public IEnumerable<Option> CleanOptions =>
    [
        From, Format, Out, OutFile, Manifest, Lang, TranslateTo, TranslateFrom, TranslateDryRun,
        Input, HtmlField, TextField, IdField, Parallel, Shard, Progress, NoProgress, Quiet, MaxRecordMegabytes,
    ];

    /// <summary>The parsed options of <c>clean</c>.</summary>
    public CliOptions Bind(ParseResult result)
    {
        var paths = result.GetValue(Paths) ?? [];
        // Options left out are default(T) here (no DefaultValueFactory, so help shows the defaults in words).
        var (shardIndex, shardCount) = result.GetResult(Shard) is null ? (1, 1) : result.GetValue(Shard);
        return new CliOptions
        {
            Paths = paths.Length == 0 ? ["-"] : paths,
            From = result.GetValue(From),
            Format = result.GetValue(Format),
            OutputDirectory = result.GetValue(Out),
            OutputFile = result.GetValue(OutFile),
            ManifestPath = result.GetValue(Manifest),
            Language = result.GetValue(Lang),
            TranslateTo = result.GetValue(TranslateTo),
            TranslateFrom = result.GetValue(TranslateFrom),
            TranslateDryRun = result.GetValue(TranslateDryRun),
            Input = result.GetValue(Input),
            HtmlField = result.GetValue(HtmlField) ?? "html",
            TextField = result.GetValue(TextField) ?? "text",
            IdField = result.GetValue(IdField),
            Parallel = result.GetResult(Parallel) is null ? Environment.ProcessorCount : result.GetValue(Parallel),
            ShardIndex = shardIndex,
            ShardCount = shardCount,
            Progress = result.GetValue(Quiet) ? false : LastOf(result, Progress, NoProgress),
            Quiet = result.GetValue(Quiet),
            MaxRecordBytes = (result.GetResult(MaxRecordMegabytes) is null ? 64 : result.GetValue(MaxRecordMegabytes)) * 1024L * 1024,
            Verbose = result.GetValue(Verbose),
        };
    }

    /// <summary>A usage error across options and arguments that no single parser can see, or null.</summary>
    public string? Validate(ParseResult result)
    {
        if (result.CommandResult.Command.Name != "clean")
        {
            return null;
        }

        if (result.GetResult(TranslateTo) is null && (result.GetResult(TranslateFrom) is not null || result.GetValue(TranslateDryRun)))
        {
            return "--translate-from and --translate-dry-run need --translate-to";
        }

        // System.CommandLine takes an unknown '--word' for a PATH; before '--', a PATH never starts with '-'.
        var paths = result.GetResult(Paths)?.Tokens ?? [];
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Value.Length > 1 && token.Value[0] == '-' && paths.Any(path => ReferenceEquals(path, token)))
            {
                return $"unknown option '{token.Value}'";
            }
        }

        return null;
    }

    private static bool? LastOf(ParseResult result, Option<bool> on, Option<bool> off)
    {
        var onResult = result.GetResult(on);
        var offResult = result.GetResult(off);
        if (onResult is null && offResult is null)
        {
            return null;
        }

        if (onResult is null || offResult is null)
        {
            return onResult is not null;
        }

        // Both given: the later one wins, as with most tools' --x/--no-x pairs.
        var onIndex = IndexOf(result, onResult);
        var offIndex = IndexOf(result, offResult);
        return onIndex > offIndex;
    }

    private static int IndexOf(ParseResult result, OptionResult option)
    {
        var last = -1;
        for (var i = 0; i < result.Tokens.Count; i++)
        {
            if (result.Tokens[i].Type == TokenType.Option && option.Option.Aliases.Append(option.Option.Name).Contains(result.Tokens[i].Value))
            {
                last = i;
            }
        }

        return last;
    }

    /// <summary>An option taking one of a few words; the first choice is also default(T), the value when it is left out.</summary>
    private static Option<T> Choice<T>(string name, string description, T defaultValue, params (string Word, T Value)[] choices)
    {
        var words = string.Join(", ", choices.Select(static choice => choice.Word));
        var option = new Option<T>(name)
        {
            Description = description,
            HelpName = string.Join('|', choices.Select(static choice => choice.Word).Where(static word => word != "markdown")),
            CustomParser = result =>
            {
                var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
                foreach (var (word, choice) in choices)
                {
                    if (string.Equals(word, value, StringComparison.OrdinalIgnoreCase))
                    {
                        return choice;
                    }
                }

                result.AddError($"{name} must be one of {words}, not '{value}'");
                return defaultValue;
            },
        };
        // Only our words: the enum's own names ("Json") would be offered too.
        option.CompletionSources.Clear();
        option.CompletionSources.Add(choices.Select(static choice => choice.Word).ToArray());
        return option;
    }

    private static int Count(ArgumentResult result, string option, int max)
    {
        var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max)
        {
            return count;
        }

        result.AddError($"{option} must be a whole number from 1 to {max}, not '{value}'");
        return 1;
    }

    private static (int Index, int Count) ParseShard(ArgumentResult result)
    {
        var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        var parts = value.Split('/');
        if (parts.Length == 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
            count >= 1 && index >= 1 && index <= count)
        {
            return (index, count);
        }

        result.AddError($"--shard must be K/N with 1 <= K <= N (e.g. 2/8), not '{value}'");
        return (1, 1);
    }
}
