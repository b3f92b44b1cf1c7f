using System.Text;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// Writes results in input order: to stdout (text separated by blank lines, a JSON array, JSON Lines, or Markdown
/// documents) or as one file per record in a folder. Failures go to stderr (and as error lines in JSONL).
/// </summary>
internal sealed class ResultWriter(CliOptions options, TextWriter stdout, ConsoleLog log, bool jsonArray)
{
    private static readonly UTF8Encoding Utf8 = new(false);
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

    /// <summary>Writes a result (in input order, from one thread).</summary>
    public void Write(BatchResult result)
    {
        var output = result.Rendered ?? Render(result);
        if (result.Article is null)
        {
            log.Error($"newsscrub: {result.Where}: {result.Error}");
            if (options.Format == OutputFormat.Jsonl && options.OutputDirectory is null)
            {
                stdout.WriteLine(output);
            }

            return;
        }

        if (options.OutputDirectory is not null)
        {
            WriteFile(result.Record.OutputName, output);
            return;
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
    }

    public void End()
    {
        if (jsonArray)
        {
            stdout.WriteLine(']');
        }

        stdout.Flush();
    }

    private void WriteFile(string name, string output)
    {
        var extension = options.Format switch
        {
            OutputFormat.Text => ".txt",
            OutputFormat.Markdown => ".md",
            _ => ".json",
        };
        var target = Path.Combine(options.OutputDirectory!, name + extension);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        File.WriteAllText(target, options.Format == OutputFormat.Markdown ? output : output + "\n", Utf8);
    }
}
