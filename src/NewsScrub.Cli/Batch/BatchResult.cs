namespace NewsScrub.Cli.Batch;

/// <summary>What became of one record: the article, or the error; with the record's name and carried fields.</summary>
internal sealed record BatchResult(BatchRecord Record, string Source, Article? Article, string? Error, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>The result as written (text, JSON, Markdown), rendered by the worker so the writer thread only writes.</summary>
    public string? Rendered { get; init; }

    /// <summary>How the record is named in messages: its source, and its offset in an archive.</summary>
    public string Where => Record.Offset is { } offset && !Source.Contains('@', StringComparison.Ordinal)
        ? $"{Source} (offset {offset.ToString(System.Globalization.CultureInfo.InvariantCulture)})"
        : Source;

    /// <summary>Characters left out of the article (the removed items' text).</summary>
    public long CharactersRemoved => Article?.Removed.Sum(static item => (long)item.Text.Length) ?? 0;
}
