namespace NewsScrub.Cli;

/// <summary>How the CLI's inputs hold pages.</summary>
internal enum InputContainer
{
    /// <summary>Decided by the file name (.warc, .warc.gz, .jsonl, .jsonl.gz, .ndjson) or, for stdin, by its first bytes.</summary>
    Auto,

    /// <summary>One page per file (.html, .htm, .xhtml, .txt and their .gz).</summary>
    Files,

    /// <summary>JSON Lines: one page per line, in an HTML or text field.</summary>
    Jsonl,

    /// <summary>WARC (plain or gzip): the HTML responses in it.</summary>
    Warc,
}
