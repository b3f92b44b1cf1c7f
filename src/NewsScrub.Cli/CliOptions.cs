namespace NewsScrub.Cli;

/// <summary>The parsed command line of <c>newsscrub clean</c>.</summary>
internal sealed record CliOptions
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public InputFormat From { get; init; } = InputFormat.Auto;

    public OutputFormat Format { get; init; } = OutputFormat.Text;

    public string? OutputDirectory { get; init; }

    /// <summary>Write the output to this file (complete, or not at all) instead of stdout.</summary>
    public string? OutputFile { get; init; }

    /// <summary>After the output, write the run's one-line summary (inputs, counts) to this file.</summary>
    public string? ManifestPath { get; init; }

    public string? Language { get; init; }

    public string? TranslateTo { get; init; }

    public string? TranslateFrom { get; init; }

    public bool TranslateDryRun { get; init; }

    /// <summary>How the inputs hold pages (files, JSONL, WARC).</summary>
    public InputContainer Input { get; init; } = InputContainer.Auto;

    /// <summary>The JSONL field holding a page's HTML.</summary>
    public string HtmlField { get; init; } = "html";

    /// <summary>The JSONL field holding a page's text (used when the HTML field is absent).</summary>
    public string TextField { get; init; } = "text";

    /// <summary>The JSONL field naming a record in the output; null: "id", else "url".</summary>
    public string? IdField { get; init; }

    /// <summary>How many records are cleaned at once.</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;

    /// <summary>Which shard (1-based) of <see cref="ShardCount"/> to process.</summary>
    public int ShardIndex { get; init; } = 1;

    public int ShardCount { get; init; } = 1;

    /// <summary>Progress bar on stderr: null shows it when stderr is a terminal.</summary>
    public bool? Progress { get; init; }

    /// <summary>Print no progress and no summary.</summary>
    public bool Quiet { get; init; }

    /// <summary>Records larger than this are reported as failed instead of being cleaned.</summary>
    public long MaxRecordBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Log retries, slow requests and skipped inputs to stderr.</summary>
    public bool Verbose { get; init; }
}
