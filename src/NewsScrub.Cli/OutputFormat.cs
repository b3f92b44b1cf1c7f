namespace NewsScrub.Cli;

/// <summary>What the output of <c>newsscrub clean</c> looks like.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Jsonl,
    Markdown,
}
