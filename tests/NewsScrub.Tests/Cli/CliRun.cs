using System.Text;
using System.Text.Json;
using NewsScrub.Cli;

namespace NewsScrub.Tests.Cli;

/// <summary>Runs the CLI in-process and captures its exit code and output.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args) => WithStdin([], args);

    public static CliRun WithStdin(byte[] stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // Without --translate-to the command completes synchronously; the task is already done.
        var code = Program.RunAsync(args, new MemoryStream(stdin), stdout, stderr).GetAwaiter().GetResult();
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The JSONL lines of stdout, parsed.</summary>
    public List<JsonElement> Lines() =>
        Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    /// <summary>The mode-independent content of cleaning a page directly with the pipeline.</summary>
    public static string Content(Article article) => Content(JsonDocument.Parse(ArticleJson.Serialize("direct", article, indented: false)).RootElement);

    /// <summary>A result without the record's own names (source, offset, carried fields): what must not depend on the input mode.</summary>
    public static string Content(JsonElement result)
    {
        string[] names = ["title", "byline", "published", "language", "canonicalUrl", "siteName", "tags", "captions", "blocks", "removed", "text", "error"];
        var builder = new StringBuilder();
        foreach (var name in names)
        {
            if (result.TryGetProperty(name, out var value))
            {
                builder.Append(name).Append('=').Append(JsonSerializer.Serialize(value)).Append('\n');
            }
        }

        return builder.ToString();
    }
}
