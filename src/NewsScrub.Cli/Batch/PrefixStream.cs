namespace NewsScrub.Cli.Batch;

/// <summary>A read-only stream of some bytes already read (to sniff a format) followed by the rest of a stream.</summary>
internal sealed class PrefixStream(byte[] prefix, Stream rest) : Stream
{
    private int prefixPosition;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads the first bytes of <paramref name="stream"/> and returns them with a stream that still yields everything.</summary>
    public static (byte[] Head, Stream Stream) Peek(Stream stream, int count)
    {
        var head = new byte[count];
        var read = stream.ReadAtLeast(head, count, throwOnEndOfStream: false);
        Array.Resize(ref head, read);
        return (head, new PrefixStream(head, stream));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (prefixPosition < prefix.Length)
        {
            var count = Math.Min(buffer.Length, prefix.Length - prefixPosition);
            prefix.AsSpan(prefixPosition, count).CopyTo(buffer);
            prefixPosition += count;
            return count;
        }

        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
