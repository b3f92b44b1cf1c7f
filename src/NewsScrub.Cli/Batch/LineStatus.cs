namespace NewsScrub.Cli.Batch;

/// <summary>What <see cref="SegmentReader.ReadLine"/> found.</summary>
internal enum LineStatus
{
    /// <summary>A whole line (possibly the last, unterminated one).</summary>
    Line,

    /// <summary>A line longer than the limit; its start was returned and the rest is still to be read.</summary>
    TooLong,

    /// <summary>The end of the segment.</summary>
    End,
}
