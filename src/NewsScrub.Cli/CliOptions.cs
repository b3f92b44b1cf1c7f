namespace NewsScrub.Cli;

/// <summary>What the output of <c>newsscrub clean</c> looks like.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Jsonl,
}

/// <summary>The parsed command line of <c>newsscrub clean</c>.</summary>
internal sealed record CliOptions
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public InputFormat From { get; init; } = InputFormat.Auto;

    public OutputFormat Format { get; init; } = OutputFormat.Text;

    public string? OutputDirectory { get; init; }

    public string? Language { get; init; }

    public string? TranslateTo { get; init; }

    public string? TranslateFrom { get; init; }

    public bool TranslateDryRun { get; init; }
}
