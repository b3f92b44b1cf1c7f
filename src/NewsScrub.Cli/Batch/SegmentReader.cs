namespace NewsScrub.Cli.Batch;

/// <summary>
/// A buffered byte reader over one segment of an <see cref="ISegmentSource"/>: lines, blocks, and pushing bytes
/// back so a parser can rescan a record it rejected.
/// </summary>
internal sealed class SegmentReader(ISegmentSource source)
{
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private bool ended;

    /// <summary>The position of the next byte inside the segment.</summary>
    public long Position { get; private set; }

    /// <summary>Forgets the current segment and starts reading the source's next one at position 0.</summary>
    public void Reset()
    {
        start = 0;
        end = 0;
        ended = false;
        Position = 0;
    }

    /// <summary>Reads up to the next LF (the line returned without CR LF), at most <paramref name="maxLength"/> bytes.</summary>
    public LineStatus ReadLine(int maxLength, out ReadOnlySpan<byte> line)
    {
        var scanned = 0;
        while (true)
        {
            var index = buffer.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
            if (index >= 0 && scanned + index <= maxLength)
            {
                var length = scanned + index;
                line = TrimCr(buffer.AsSpan(start, length));
                Consume(length + 1);
                return LineStatus.Line;
            }

            scanned = end - start;
            if (scanned > maxLength)
            {
                line = buffer.AsSpan(start, maxLength);
                Consume(maxLength);
                return LineStatus.TooLong;
            }

            if (!Fill(end - start + 1))
            {
                if (end == start)
                {
                    line = default;
                    return LineStatus.End;
                }

                line = TrimCr(buffer.AsSpan(start, end - start));
                Consume(end - start);
                return LineStatus.Line;
            }
        }
    }

    /// <summary>Skips the rest of the current line (through its LF).</summary>
    public void SkipLine()
    {
        while (true)
        {
            var index = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (index >= 0)
            {
                Consume(index + 1);
                return;
            }

            Consume(end - start);
            if (!Fill(1))
            {
                return;
            }
        }
    }

    /// <summary>Reads up to <c>destination.Length</c> bytes; fewer only at the end of the segment.</summary>
    public int ReadBlock(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            if (start == end && !Fill(1))
            {
                break;
            }

            var count = Math.Min(destination.Length - total, end - start);
            buffer.AsSpan(start, count).CopyTo(destination[total..]);
            Consume(count);
            total += count;
        }

        return total;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were skipped.</summary>
    public long Skip(long count)
    {
        long total = 0;
        while (total < count)
        {
            if (start == end && !Fill(1))
            {
                break;
            }

            var step = (int)Math.Min(count - total, end - start);
            Consume(step);
            total += step;
        }

        return total;
    }

    /// <summary>Whether the next bytes are exactly <paramref name="expected"/>; consumes them if so.</summary>
    public bool TryConsume(ReadOnlySpan<byte> expected)
    {
        while (end - start < expected.Length)
        {
            if (!Fill(expected.Length))
            {
                return false;
            }
        }

        if (!buffer.AsSpan(start, expected.Length).SequenceEqual(expected))
        {
            return false;
        }

        Consume(expected.Length);
        return true;
    }

    /// <summary>Puts bytes back in front of the unread ones (the parser rescans them).</summary>
    public void Unread(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > start)
        {
            var remaining = end - start;
            var needed = bytes.Length + remaining;
            var target = needed > buffer.Length ? new byte[Math.Max(needed, buffer.Length * 2)] : buffer;
            Buffer.BlockCopy(buffer, start, target, bytes.Length, remaining);
            buffer = target;
            start = bytes.Length;
            end = bytes.Length + remaining;
        }

        start -= bytes.Length;
        bytes.CopyTo(buffer.AsSpan(start));
        Position -= bytes.Length;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private void Consume(int count)
    {
        start += count;
        Position += count;
    }

    /// <summary>Reads more of the segment; makes room for at least <paramref name="wanted"/> unread bytes.</summary>
    private bool Fill(int wanted)
    {
        if (ended)
        {
            return false;
        }

        if (start > 0 && (end == buffer.Length || start == end))
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, wanted), Array.MaxLength));
        }

        var read = source.Read(buffer.AsSpan(end));
        if (read == 0)
        {
            ended = true;
            return false;
        }

        end += read;
        return true;
    }
}
