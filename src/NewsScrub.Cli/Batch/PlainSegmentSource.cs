namespace NewsScrub.Cli.Batch;

/// <summary>An uncompressed input: a single segment whose positions are file offsets.</summary>
internal sealed class PlainSegmentSource(Stream stream) : ISegmentSource
{
    public long BytesFetched { get; private set; }

    public int Read(Span<byte> buffer)
    {
        var read = stream.Read(buffer);
        BytesFetched += read;
        return read;
    }

    public bool NextSegment() => false;

    public long OffsetOf(long segmentPosition) => segmentPosition;
}
