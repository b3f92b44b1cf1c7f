namespace NewsScrub.Cli.Batch;

/// <summary>
/// Hands a <see cref="RawInput"/> to a decompressor in small chunks and remembers the last one, so that after the
/// deflate data ends the gzip trailer can be found right behind it.
/// </summary>
internal sealed class FeedStream(RawInput raw, int retainLimit) : Stream
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>Where the last chunk handed out starts.</summary>
    public long ChunkStart { get; private set; } = raw.Position;

    /// <summary>Where the last chunk handed out ends.</summary>
    public long ChunkEnd { get; private set; } = raw.Position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var position = raw.Position;
        if (position - raw.Floor > retainLimit)
        {
            raw.Floor = position;
        }

        var available = raw.Ensure(position, Math.Min(buffer.Length, ChunkSize));
        raw.Span(position, available).CopyTo(buffer);
        ChunkStart = position;
        ChunkEnd = position + available;
        raw.Seek(ChunkEnd);
        return available;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
