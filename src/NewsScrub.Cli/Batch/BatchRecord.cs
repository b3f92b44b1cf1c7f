namespace NewsScrub.Cli.Batch;

/// <summary>One unit of work of a batch run: a page to clean, or a broken part of an input to report.</summary>
internal sealed record BatchRecord
{
    /// <summary>How the record is named in the output: a path, URL or id, or "archive@offset".</summary>
    public required string Source { get; init; }

    /// <summary>The output file's name (relative, without extension) when writing a folder.</summary>
    public required string OutputName { get; init; }

    public required RecordKind Kind { get; init; }

    /// <summary>The file to read, for <see cref="RecordKind.File"/>.</summary>
    public string? Path { get; init; }

    /// <summary>The page (or JSON line) bytes.</summary>
    public byte[]? Bytes { get; init; }

    /// <summary>How to read <see cref="Bytes"/> or the file.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>The HTTP Content-Type the page came with, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>The record's byte offset in its archive (gzip: of its member), or null for a whole file.</summary>
    public long? Offset { get; init; }

    /// <summary>Why the record is broken, for <see cref="RecordKind.Broken"/>.</summary>
    public string? Error { get; init; }

    /// <summary>Fields carried through to the output: names and raw JSON values (id, url, WARC date...).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; } = [];

    /// <summary>Input bytes the record accounts for, for throughput.</summary>
    public long Size { get; init; }
}
