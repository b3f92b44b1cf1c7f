namespace NewsScrub.Cli.Batch;

/// <summary>What a <see cref="BatchRecord"/> holds, and so how a worker turns it into an article.</summary>
internal enum RecordKind
{
    /// <summary>A file to read (and gunzip when its name ends in .gz), then clean as its format says.</summary>
    File,

    /// <summary>Page bytes already read (stdin, or a WARC response's payload).</summary>
    Bytes,

    /// <summary>One line of a JSONL file, parsed by the worker.</summary>
    JsonLine,

    /// <summary>A part of an archive that could not be read; <see cref="BatchRecord.Error"/> says why.</summary>
    Broken,
}
