using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// Reads a gzip file member by member. A member's data is handed on only once its CRC and size are checked (up to
/// <c>verifyLimit</c> bytes; a larger member, such as a whole WARC gzipped at once, is streamed and checked at its end).
/// A corrupt member or garbage between members is recorded in <see cref="Errors"/>, ends the segment, and reading
/// resumes at the next gzip header.
/// </summary>
internal sealed class GzipSegmentSource : ISegmentSource
{
    private const int RetainLimit = 8 * 1024 * 1024;
    private static readonly byte[] Magic = [0x1F, 0x8B, 0x08];

    private readonly RawInput raw;
    private readonly int verifyLimit;
    private readonly List<(long Position, long Offset)> members = [];
    private byte[] data = new byte[64 * 1024];
    private int dataLength;
    private int dataPosition;
    private DeflateStream? streaming;
    private FeedStream? streamingFeed;
    private long streamingStart;
    private uint streamingCrc;
    private long streamingSize;
    private long segmentPosition;
    private bool broken;
    private bool atEnd;
    private bool resyncing;

    public GzipSegmentSource(Stream stream, int verifyLimit = 64 * 1024 * 1024)
    {
        raw = new RawInput(stream);
        this.verifyLimit = verifyLimit;
    }

    /// <summary>Errors found so far, oldest first; the reader drains it.</summary>
    public Queue<ArchiveError> Errors { get; } = new();

    public long BytesFetched => raw.BytesFetched;

    public int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (dataPosition < dataLength)
            {
                var count = Math.Min(buffer.Length, dataLength - dataPosition);
                data.AsSpan(dataPosition, count).CopyTo(buffer);
                dataPosition += count;
                segmentPosition += count;
                return count;
            }

            if (streaming is not null)
            {
                var read = ReadStreaming(buffer);
                if (read > 0)
                {
                    return read;
                }

                continue;
            }

            if (broken || atEnd)
            {
                return 0;
            }

            LoadNext();
        }
    }

    public bool NextSegment()
    {
        if (atEnd)
        {
            return false;
        }

        broken = false;
        segmentPosition = 0;
        members.Clear();
        return true;
    }

    public long OffsetOf(long segmentPosition)
    {
        var offset = members.Count > 0 ? members[0].Offset : raw.Position;
        foreach (var (position, memberOffset) in members)
        {
            if (position > segmentPosition)
            {
                break;
            }

            offset = memberOffset;
        }

        return offset;
    }

    private void LoadNext()
    {
        var start = raw.Position;
        raw.Floor = start;
        if (raw.Ensure(start, 1) == 0)
        {
            atEnd = true;
            return;
        }

        var error = TryMember(start);
        if (error is null)
        {
            resyncing = false;
            if (members.Count >= 64)
            {
                members.RemoveRange(0, 32);
            }

            members.Add((segmentPosition, start));
            return;
        }

        if (!resyncing)
        {
            Errors.Enqueue(new ArchiveError(start, error));
            resyncing = true;
        }

        broken = true;
        var resume = raw.Floor <= start + 1 ? start + 1 : raw.Position;
        raw.Seek(ScanForMagic(resume));
    }

    /// <summary>Reads the member at <paramref name="start"/>; null when it is good, else what is wrong.</summary>
    private string? TryMember(long start)
    {
        var headerLength = ReadHeader(start, out var headerError);
        if (headerError is not null)
        {
            return headerError;
        }

        raw.Seek(start + headerLength);
        var feed = new FeedStream(raw, RetainLimit);
        var deflate = new DeflateStream(feed, CompressionMode.Decompress, leaveOpen: true);
        var handedOn = false;
        try
        {
            uint crc = 0;
            long size = 0;
            dataLength = 0;
            dataPosition = 0;
            while (true)
            {
                if (dataLength == data.Length)
                {
                    if (data.Length >= verifyLimit)
                    {
                        streaming = deflate;
                        streamingFeed = feed;
                        streamingStart = start;
                        streamingCrc = crc;
                        streamingSize = size;
                        handedOn = true;
                        return null;
                    }

                    Array.Resize(ref data, Math.Min(data.Length * 2, verifyLimit));
                }

                var read = deflate.Read(data, dataLength, data.Length - dataLength);
                if (read == 0)
                {
                    break;
                }

                crc = Crc32.Append(crc, data.AsSpan(dataLength, read));
                size += read;
                dataLength += read;
            }

            if (FindTrailer(feed, crc, size))
            {
                return null;
            }

            dataLength = 0;
            return "gzip member truncated or corrupt (no matching CRC-32 and size after its data)";
        }
        catch (InvalidDataException exception)
        {
            dataLength = 0;
            return $"gzip member corrupt: {exception.Message}";
        }
        finally
        {
            if (!handedOn)
            {
                deflate.Dispose();
            }
        }
    }

    private int ReadStreaming(Span<byte> buffer)
    {
        string? error = null;
        try
        {
            var read = streaming!.Read(buffer);
            if (read > 0)
            {
                streamingCrc = Crc32.Append(streamingCrc, buffer[..read]);
                streamingSize += read;
                segmentPosition += read;
                return read;
            }

            if (!FindTrailer(streamingFeed!, streamingCrc, streamingSize))
            {
                error = "gzip member truncated or corrupt (no matching CRC-32 and size after its data)";
            }
        }
        catch (InvalidDataException exception)
        {
            error = $"gzip member corrupt: {exception.Message}";
        }

        streaming?.Dispose();
        streaming = null;
        streamingFeed = null;
        if (error is not null)
        {
            Errors.Enqueue(new ArchiveError(streamingStart, error));
            resyncing = true;
            broken = true;
            raw.Seek(ScanForMagic(raw.Position));
        }

        return 0;
    }

    /// <summary>The length of the gzip header at <paramref name="start"/>, or an error.</summary>
    private int ReadHeader(long start, out string? error)
    {
        error = null;
        if (raw.Ensure(start, 10) < 10)
        {
            error = raw.Ensure(start, 2) == 2 && raw.Span(start, 2).SequenceEqual(Magic.AsSpan(0, 2))
                ? "truncated gzip header"
                : "not a gzip member (garbage skipped up to the next member)";
            return 0;
        }

        var header = raw.Span(start, 10);
        if (!header[..3].SequenceEqual(Magic))
        {
            error = "not a gzip member (garbage skipped up to the next member)";
            return 0;
        }

        var flags = header[3];
        if ((flags & 0xE0) != 0)
        {
            error = "bad gzip header flags";
            return 0;
        }

        long position = start + 10;
        if ((flags & 0x04) != 0)
        {
            if (raw.Ensure(position, 2) < 2)
            {
                error = "truncated gzip header";
                return 0;
            }

            position += 2 + BinaryPrimitives.ReadUInt16LittleEndian(raw.Span(position, 2));
        }

        foreach (var flag in new[] { 0x08, 0x10 })
        {
            if ((flags & flag) == 0)
            {
                continue;
            }

            var length = 0;
            while (true)
            {
                if (raw.Ensure(position, 1) < 1 || length > 64 * 1024)
                {
                    error = "truncated or oversized gzip header";
                    return 0;
                }

                position++;
                length++;
                if (raw.Span(position - 1, 1)[0] == 0)
                {
                    break;
                }
            }
        }

        if ((flags & 0x02) != 0)
        {
            position += 2;
        }

        return (int)(position - start);
    }

    /// <summary>Finds the CRC-32 and size right after the deflate data (which ends inside the last chunk) and moves past them.</summary>
    private bool FindTrailer(FeedStream feed, uint crc, long size)
    {
        for (var end = feed.ChunkStart; end <= feed.ChunkEnd; end++)
        {
            if (raw.Ensure(end, 8) < 8)
            {
                return false;
            }

            var trailer = raw.Span(end, 8);
            if (BinaryPrimitives.ReadUInt32LittleEndian(trailer) == crc && BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) == (uint)size)
            {
                raw.Seek(end + 8);
                return true;
            }
        }

        return false;
    }

    private long ScanForMagic(long from)
    {
        var position = from;
        while (true)
        {
            raw.Floor = position;
            var available = raw.Ensure(position, 64 * 1024);
            if (available < Magic.Length)
            {
                return position + available;
            }

            var index = raw.Span(position, available).IndexOf(Magic);
            if (index >= 0)
            {
                return position + index;
            }

            position += available - (Magic.Length - 1);
        }
    }
}
