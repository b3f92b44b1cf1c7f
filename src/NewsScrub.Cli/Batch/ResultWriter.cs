using System.Text;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// Writes results in input order: to stdout (text separated by blank lines, a JSON array, JSON Lines, or Markdown
/// documents) or as one file per record in a folder. Failures go to stderr (and as error lines in JSONL).
/// </summary>
internal sealed class ResultWriter(CliOptions options, TextWriter stdout, ConsoleLog log, bool jsonArray)
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    private readonly Dictionary<string, string> written = new(PathComparer);
    private readonly HashSet<string> inputs = new(options.Paths.Where(static path => path != "-" && File.Exists(path)).Select(Path.GetFullPath), PathComparer);
    private bool first = true;

    public void Begin()
    {
        if (jsonArray)
        {
            stdout.Write('[');
        }
    }

    /// <summary>Renders a result in the output format; thread-safe, so workers call it.</summary>
    public string Render(BatchResult result)
    {
        if (result.Article is null)
        {
            return options.Format == OutputFormat.Jsonl ? ResultJson.Serialize(result, indented: false) : string.Empty;
        }

        return options.Format switch
        {
            OutputFormat.Text => result.Article.Text,
            OutputFormat.Json => ResultJson.Serialize(result, indented: true),
            OutputFormat.Markdown => MarkdownDocument.Render(result),
            _ => ResultJson.Serialize(result, indented: false),
        };
    }

    /// <summary>Writes a result (in input order, from one thread); false when it could not be written (reported).</summary>
    public bool Write(BatchResult result)
    {
        var output = result.Rendered ?? Render(result);
        if (result.Article is null)
        {
            log.Error($"newsscrub: {result.Where}: {result.Error}");
            if (options.Format == OutputFormat.Jsonl && options.OutputDirectory is null)
            {
                stdout.WriteLine(output);
            }

            return false;
        }

        if (options.OutputDirectory is not null)
        {
            return WriteFile(result, output);
        }

        if (!first && (jsonArray || options.Format is OutputFormat.Text or OutputFormat.Markdown))
        {
            stdout.Write(jsonArray ? "," : "\n");
        }

        if (options.Format == OutputFormat.Markdown)
        {
            stdout.Write(output);
        }
        else
        {
            stdout.WriteLine(output);
        }

        first = false;
        return true;
    }

    public void End()
    {
        if (jsonArray)
        {
            stdout.WriteLine(']');
        }

        stdout.Flush();
    }

    /// <summary>
    /// Writes one record's file atomically (a temporary file, then a rename). Never over an input, never twice to one
    /// name in a run: such a record fails alone, with a message, and the run goes on.
    /// </summary>
    private bool WriteFile(BatchResult result, string output)
    {
        var extension = options.Format switch
        {
            OutputFormat.Text => ".txt",
            OutputFormat.Markdown => ".md",
            _ => ".json",
        };
        var target = Path.GetFullPath(Path.Combine(options.OutputDirectory!, result.Record.OutputName + extension));
        string? error = null;
        if (inputs.Contains(target))
        {
            error = $"not written: {target} is an input";
        }
        else if (written.TryGetValue(target, out var earlier))
        {
            error = $"not written: {target} was already written for {earlier}";
        }
        else
        {
            var temporary = target + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(temporary, options.Format == OutputFormat.Markdown ? output : output + "\n", Utf8);
                File.Move(temporary, target, overwrite: true);
                written.Add(target, result.Where);
                return true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                TryDelete(temporary);
                error = $"not written: {exception.Message}";
            }
        }

        log.Error($"newsscrub: {result.Where}: {error}");
        return false;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _ = exception;
        }
    }
}
