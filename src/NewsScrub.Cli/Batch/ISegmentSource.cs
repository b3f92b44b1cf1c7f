namespace NewsScrub.Cli.Batch;

/// <summary>
/// Bytes of an archive in segments: runs of data known to be contiguous. A gzip file starts a new segment after a
/// corrupt member or garbage, so a record parser never glues the pieces on either side of a break together.
/// </summary>
internal interface ISegmentSource
{
    /// <summary>Bytes read from the underlying (compressed) input so far, for progress.</summary>
    long BytesFetched { get; }

    /// <summary>Reads from the current segment; 0 at its end.</summary>
    int Read(Span<byte> buffer);

    /// <summary>Starts the next segment after <see cref="Read"/> returned 0; false at the end of the input.</summary>
    bool NextSegment();

    /// <summary>The offset to report for a position inside the current segment (for gzip: the offset of its member).</summary>
    long OffsetOf(long segmentPosition);
}
