using System.Text;
using NewsScrub.Cli.Translation;

namespace NewsScrub.Cli;

/// <summary>Runs <c>newsscrub clean</c>: every input is cleaned and written; a failing input is reported and skipped.</summary>
internal sealed class CleanCommand(CliOptions options, Stream stdinStream, TextWriter stdout, TextWriter stderr, CliTranslation? translation = null)
{
    private readonly ScrubPipeline pipeline = ScrubPipeline.Default;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var failed = 0;
        var results = new List<string>();
        var inputs = InputFiles.Expand(options.Paths).ToList();
        var jsonArray = options.Format == OutputFormat.Json && options.OutputDirectory is null && inputs.Count > 1;
        if (jsonArray)
        {
            stdout.Write('[');
        }

        var first = true;
        foreach (var input in inputs)
        {
            string output;
            try
            {
                var article = Clean(input);
                var translated = translation is null ? null : await translation.TranslateAsync(article, cancellationToken).ConfigureAwait(false);
                output = translated is not null ? translated.Render(input.Source, options.Format) : options.Format switch
                {
                    OutputFormat.Text => article.Text,
                    OutputFormat.Json => ArticleJson.Serialize(input.Source, article, indented: true),
                    _ => ArticleJson.Serialize(input.Source, article, indented: false),
                };
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
            {
                failed++;
                stderr.WriteLine($"newsscrub: {input.Source}: {exception.Message}");
                if (options.Format == OutputFormat.Jsonl && options.OutputDirectory is null)
                {
                    stdout.WriteLine(ArticleJson.SerializeError(input.Source, exception.Message));
                }

                continue;
            }

            if (options.OutputDirectory is not null)
            {
                WriteFile(input, output);
                continue;
            }

            if (jsonArray && !first)
            {
                stdout.Write(',');
            }

            if (options.Format == OutputFormat.Text && !first)
            {
                stdout.WriteLine();
            }

            stdout.WriteLine(output);
            first = false;
        }

        if (jsonArray)
        {
            stdout.WriteLine(']');
        }

        return failed == 0 ? 0 : 1;
    }

    private Article Clean(InputFile input)
    {
        var bytes = input.Path is null ? ReadAll(stdinStream) : File.ReadAllBytes(input.Path);
        var format = options.From;
        if (format == InputFormat.Auto)
        {
            var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 16 * 1024));
            format = Html.FormatSniffer.LooksLikeHtml(head) ? InputFormat.Html : InputFormat.Text;
        }

        return format == InputFormat.Html
            ? pipeline.CleanHtml(bytes, contentType: null, options.Language)
            : pipeline.CleanText(DecodeText(bytes), options.Language);
    }

    private static string DecodeText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private void WriteFile(InputFile input, string output)
    {
        var extension = options.Format == OutputFormat.Text ? ".txt" : ".json";
        var target = Path.Combine(options.OutputDirectory!, input.OutputName + extension);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        File.WriteAllText(target, output + "\n", new UTF8Encoding(false));
    }
}
