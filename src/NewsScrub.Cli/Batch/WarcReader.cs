using System.Globalization;
using System.Text;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// Reads WARC records (1.0 and 1.1) from a plain or gzip file, streaming. A broken record (truncated, with a
/// wrong <c>Content-Length</c>, a bad header) or garbage between records comes out as an entry with an error and
/// its offset; reading resumes at the next line that starts a record, so every intact record is still read.
/// Offsets are file offsets, or for gzip files the offset of the member the record starts in.
/// </summary>
internal sealed class WarcReader(ISegmentSource source, long maxRecordBytes)
{
    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxHeaders = 1000;
    private readonly SegmentReader reader = new(source);

    /// <summary>Opens a WARC file, gzip or not (decided by its first bytes).</summary>
    public static WarcReader Open(Stream stream, long maxRecordBytes)
    {
        var (head, whole) = PrefixStream.Peek(stream, 2);
        var gzip = head is [0x1F, 0x8B];
        return new WarcReader(gzip ? new GzipSegmentSource(whole) : new PlainSegmentSource(whole), maxRecordBytes);
    }

    public long BytesFetched => source.BytesFetched;

    public IEnumerable<WarcEntry> ReadAll()
    {
        do
        {
            reader.Reset();
            foreach (var entry in ReadSegment())
            {
                yield return entry;
            }

            if (source is GzipSegmentSource gzip)
            {
                while (gzip.Errors.TryDequeue(out var error))
                {
                    yield return WarcEntry.Broken(error.Offset, error.Message);
                }
            }
        }
        while (source.NextSegment());
    }

    private IEnumerable<WarcEntry> ReadSegment()
    {
        var skipping = false;
        while (true)
        {
            var lineStart = reader.Position;
            var status = reader.ReadLine(MaxHeaderLine, out var line);
            if (status == LineStatus.End)
            {
                yield break;
            }

            if (status == LineStatus.TooLong)
            {
                reader.SkipLine();
            }

            if (status == LineStatus.Line && line.IsEmpty)
            {
                continue;
            }

            if (status == LineStatus.TooLong || !IsVersionLine(line))
            {
                if (!skipping)
                {
                    skipping = true;
                    yield return WarcEntry.Broken(source.OffsetOf(lineStart), "unexpected data between records (skipped up to the next record)");
                }

                continue;
            }

            skipping = false;
            var offset = source.OffsetOf(lineStart);
            var (headers, headerError) = ReadHeaders();
            if (headerError is not null)
            {
                skipping = true;
                yield return WarcEntry.Broken(offset, headerError);
                continue;
            }

            var entry = ReadBlock(offset, headers);
            if (entry.Error is not null)
            {
                skipping = true;
            }

            yield return entry;
        }
    }

    private (List<KeyValuePair<string, string>> Headers, string? Error) ReadHeaders()
    {
        var headers = new List<KeyValuePair<string, string>>();
        while (true)
        {
            var status = reader.ReadLine(MaxHeaderLine, out var line);
            if (status == LineStatus.End)
            {
                return (headers, "truncated record header");
            }

            if (status == LineStatus.TooLong)
            {
                return (headers, "record header line too long");
            }

            if (line.IsEmpty)
            {
                return (headers, null);
            }

            if (line[0] is (byte)' ' or (byte)'\t' && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + Encoding.UTF8.GetString(line).Trim());
                continue;
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || headers.Count >= MaxHeaders)
            {
                return (headers, "malformed record header");
            }

            headers.Add(new(Encoding.UTF8.GetString(line[..colon]).Trim(), Encoding.UTF8.GetString(line[(colon + 1)..]).Trim()));
        }
    }

    private WarcEntry ReadBlock(long offset, List<KeyValuePair<string, string>> headers)
    {
        var entry = new WarcEntry(offset, headers, [], null);
        if (!long.TryParse(entry.Header("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return WarcEntry.Broken(offset, "missing or invalid Content-Length");
        }

        if (length > maxRecordBytes)
        {
            var skipped = reader.Skip(length);
            return skipped == length && EndOfRecord()
                ? WarcEntry.Broken(offset, $"record of {length} bytes is larger than the limit of {maxRecordBytes} bytes (skipped)")
                : WarcEntry.Broken(offset, "oversized record is truncated or its Content-Length is wrong");
        }

        var block = new byte[length];
        var read = reader.ReadBlock(block);
        if (read == length && EndOfRecord())
        {
            return entry with { Block = block };
        }

        // Let the parser rescan the block: a Content-Length that is too long swallowed the next record's start.
        reader.Unread(block.AsSpan(0, read));
        return WarcEntry.Broken(offset, read < length
            ? $"truncated record: Content-Length is {length} but only {read} bytes follow"
            : $"record does not end where its Content-Length ({length}) says");
    }

    private bool EndOfRecord() => reader.TryConsume("\r\n\r\n"u8) || reader.TryConsume("\n\n"u8);

    private static bool IsVersionLine(ReadOnlySpan<byte> line) => line.Length <= 16 && line.StartsWith("WARC/"u8);
}
