using System.Globalization;

namespace NewsScrub.Cli;

/// <summary>Parses the arguments of <c>newsscrub clean</c>: every option is one case of the switch in <see cref="ParseClean"/>.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: newsscrub clean [PATH...] [options]

        Cleans scraped news pages into article text. PATH is a file, a folder (read recursively:
        .html, .htm, .xhtml, .txt and their .gz), a JSONL file (.jsonl, .ndjson, .jsonl.gz), a WARC
        file (.warc, .warc.gz) or '-' for standard input (the default when no PATH is given).

        Options:
          --from text|html|auto   page format (default: auto, decided by content)
          --format text|json|jsonl|md
                                  text: the body only; json: the whole result;
                                  jsonl: one result (or error) per record and line;
                                  md: Markdown with the metadata as YAML front matter (default: text)
          --out DIR               write one file per record into DIR instead of stdout
          --lang CODE             force the language (ISO 639-1, e.g. en, fr)
          --translate-to LANG     translate title and body with DeepL (a DeepL target code, e.g. DE, EN-GB);
                                  the key comes from DEEPL_AUTH_KEY, the server from DEEPL_SERVER_URL if set
          --translate-from LANG   the source language (default: detected by DeepL)
          --translate-dry-run     print the characters a translation would bill, without translating

        Batch options:
          --input auto|files|jsonl|warc
                                  how inputs hold pages (default: auto, from the file name; stdin
                                  is a WARC if it starts like one, else one page); with jsonl or
                                  warc, folders are searched for files of that kind
          --html-field NAME       JSONL field with the page's HTML (default: html)
          --text-field NAME       JSONL field with the page's text (default: text)
          --id-field NAME         JSONL field naming the record (default: id, else url)
          --parallel N            records cleaned at once (default: the processor count)
          --shard K/N             process only shard K of N (record i goes to shard i mod N + 1)
          --progress, --no-progress
                                  progress bar on stderr (default: when stderr is a terminal)
          -q, --quiet             no progress bar and no summary
          --max-record-mb N       records larger than this fail (default: 64)
          --out-file FILE         write the output to FILE instead of stdout, under a temporary
                                  name renamed to FILE at the end (a rerun replaces it)
          --manifest FILE         at the end, write a JSON line to FILE: input, shard, output,
                                  records, results, errors, characters removed

          -h, --help              show this help
          --version               show the version

        Output is in input order whatever --parallel is. A summary (records, failed, characters
        removed, throughput) goes to stderr after a batch.
        Exit codes: 0 success, 1 some record failed (the others are still processed), 2 usage error,
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
                case "--out-file":
                    options = options with { OutputFile = Value(args, ref i, arg) };
                    break;
                case "--manifest":
                    options = options with { ManifestPath = Value(args, ref i, arg) };
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
                case "--input":
                    options = options with { Input = ParseInput(Value(args, ref i, arg)) };
                    break;
                case "--html-field":
                    options = options with { HtmlField = Value(args, ref i, arg) };
                    break;
                case "--text-field":
                    options = options with { TextField = Value(args, ref i, arg) };
                    break;
                case "--id-field":
                    options = options with { IdField = Value(args, ref i, arg) };
                    break;
                case "--parallel":
                    options = options with { Parallel = ParseCount(Value(args, ref i, arg), arg, max: 1024) };
                    break;
                case "--shard":
                    var (index, count) = ParseShard(Value(args, ref i, arg));
                    options = options with { ShardIndex = index, ShardCount = count };
                    break;
                case "--progress":
                    options = options with { Progress = true };
                    break;
                case "--no-progress":
                    options = options with { Progress = false };
                    break;
                case "-q" or "--quiet":
                    options = options with { Quiet = true };
                    break;
                case "--max-record-mb":
                    options = options with { MaxRecordBytes = ParseCount(Value(args, ref i, arg), arg, max: 2047) * 1024L * 1024 };
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

    private static InputContainer ParseInput(string value) => value switch
    {
        "auto" => InputContainer.Auto,
        "files" => InputContainer.Files,
        "jsonl" => InputContainer.Jsonl,
        "warc" => InputContainer.Warc,
        _ => throw new UsageException($"--input must be auto, files, jsonl or warc, not '{value}'"),
    };

    private static int ParseCount(string value, string option, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max
            ? count
            : throw new UsageException($"{option} must be a whole number from 1 to {max}, not '{value}'");

    private static (int Index, int Count) ParseShard(string value)
    {
        var parts = value.Split('/');
        if (parts.Length == 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
            count >= 1 && index >= 1 && index <= count)
        {
            return (index, count);
        }

        throw new UsageException($"--shard must be K/N with 1 <= K <= N (e.g. 2/8), not '{value}'");
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
        "md" or "markdown" => OutputFormat.Markdown,
        _ => throw new UsageException($"--format must be text, json, jsonl or md, not '{value}'"),
    };
}
