using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// The one-line JSON summary of a run (<c>--manifest</c>), written atomically after the output is in place, so
/// that its existence means the shard is done: an engine or a rerun skips shards whose manifest exists. It holds
/// nothing that changes between runs over the same input (no times), so a rerun writes the same line.
/// </summary>
/// <param name="Inputs">The input paths as given ("-" for stdin).</param>
/// <param name="Shard">The shard of the inputs processed, "K/N" ("1/1" for all).</param>
/// <param name="Output">The output file, or null when the output went to stdout.</param>
/// <param name="Records">Records read (of this shard).</param>
/// <param name="Results">Records cleaned.</param>
/// <param name="Errors">Records that failed (each reported in the output with <c>--format jsonl</c> and on stderr).</param>
/// <param name="CharactersRemoved">Characters left out of the articles.</param>
internal sealed record ShardManifest(IReadOnlyList<string> Inputs, string Shard, string? Output, long Records, long Results, long Errors, long CharactersRemoved)
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ShardManifest Of(CliOptions options, string? output, BatchCounters counters) => new(
        options.Paths,
        FormattableString.Invariant($"{options.ShardIndex}/{options.ShardCount}"),
        output,
        counters.RecordsRead,
        counters.Records - counters.Failed,
        counters.Failed,
        counters.CharactersRemoved);

    /// <summary>The manifest as one line of JSON (with its newline).</summary>
    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("input");
            foreach (var input in Inputs)
            {
                writer.WriteStringValue(input);
            }

            writer.WriteEndArray();
            writer.WriteString("shard", Shard);
            writer.WriteString("output", Output);
            writer.WriteNumber("records", Records);
            writer.WriteNumber("results", Results);
            writer.WriteNumber("errors", Errors);
            writer.WriteNumber("charactersRemoved", CharactersRemoved);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    /// <summary>Writes the manifest to <paramref name="path"/>, replacing an earlier run's atomically.</summary>
    public void Write(string path) => AtomicFile.WriteAllText(path, ToJsonLine());
}
