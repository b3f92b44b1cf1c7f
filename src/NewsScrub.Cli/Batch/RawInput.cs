namespace NewsScrub.Cli.Batch;

/// <summary>
/// A forward reader over a (compressed) stream with absolute byte positions. Bytes from <see cref="Floor"/> on stay
/// buffered, so a reader can look back to them (a gzip trailer, or a member to rescan after corruption).
/// </summary>
internal sealed class RawInput(Stream stream)
{
    private byte[] buffer = new byte[64 * 1024];
    private int end;
    private long origin;
    private bool eof;

    /// <summary>The absolute position of the next byte to read.</summary>
    public long Position { get; private set; }

    /// <summary>Bytes before this absolute position may be dropped from the buffer.</summary>
    public long Floor { get; set; }

    /// <summary>How many bytes have been read from the underlying stream so far.</summary>
    public long BytesFetched => origin + end;

    /// <summary>Makes the bytes [<paramref name="from"/>, from + count) available if the stream has them; returns how many are.</summary>
    public int Ensure(long from, int count)
    {
        if (from < origin)
        {
            throw new InvalidOperationException("The position was already dropped from the buffer.");
        }

        while (origin + end < from + count && !eof)
        {
            var keep = Math.Max(origin, Math.Min(Math.Min(Floor, Position), from));
            var drop = (int)Math.Min(keep - origin, end);
            if (drop > 0)
            {
                Buffer.BlockCopy(buffer, drop, buffer, 0, end - drop);
                end -= drop;
                origin += drop;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                eof = true;
            }
            else
            {
                end += read;
            }
        }

        return (int)Math.Clamp(origin + end - from, 0, count);
    }

    /// <summary>The buffered bytes [<paramref name="from"/>, from + count); call <see cref="Ensure"/> first.</summary>
    public ReadOnlySpan<byte> Span(long from, int count) => buffer.AsSpan((int)(from - origin), count);

    /// <summary>Moves the read position (forward anywhere, backward only to buffered bytes).</summary>
    public void Seek(long position)
    {
        if (position < origin)
        {
            throw new InvalidOperationException("The position was already dropped from the buffer.");
        }

        Position = position;
    }
}
