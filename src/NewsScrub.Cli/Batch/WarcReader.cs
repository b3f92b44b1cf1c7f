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
    /// <param name="stream">The archive.</param>
    /// <param name="maxRecordBytes">Larger records are reported and skipped.</param>
    /// <param name="gzip">Whether the archive is gzip (say so for a .gz file, whose first member may be damaged); null sniffs.</param>
    public static WarcReader Open(Stream stream, long maxRecordBytes, bool? gzip = null)
    {
        var (head, whole) = PrefixStream.Peek(stream, 2);
        gzip ??= head is [0x1F, 0x8B];
        return new WarcReader(gzip.Value ? new GzipSegmentSource(whole) : new PlainSegmentSource(whole), maxRecordBytes);
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

            if (status == LineStatus.Line && line.IsEmpty)
            {
                continue;
            }

            if (status == LineStatus.TooLong || !IsVersionLine(line))
            {
                // A record may start in the middle of a line after garbage with no line break: rescan from there.
                var start = line.Length > 0 ? line[1..].IndexOf("WARC/1."u8) : -1;
                if (start >= 0)
                {
                    var consumed = reader.Position - lineStart;
                    var terminator = status == LineStatus.Line ? (int)consumed - line.Length : 0;
                    byte[] rest = [.. line[(start + 1)..], .. "\r\n"u8[(2 - terminator)..]];
                    reader.Unread(rest);
                    if (!skipping)
                    {
                        skipping = true;
                        yield return WarcEntry.Broken(source.OffsetOf(lineStart), "unexpected data between records (skipped up to the next record)");
                    }

                    continue;
                }

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
            var lineStart = reader.Position;
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

            var next = line.IndexOf("WARC/1."u8);
            if (next >= 0)
            {
                // The header was cut short and the next record starts here: give its bytes back to the parser.
                var terminator = (int)(reader.Position - lineStart) - line.Length;
                byte[] rest = [.. line[next..], .. "\r\n"u8[(2 - terminator)..]];
                reader.Unread(rest);
                return (headers, "truncated record header");
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
            return SkipOversized(offset, length);
        }

        var block = new byte[length];
        var read = reader.ReadBlock(block);
        var trailer = read == length ? EndOfRecord() : 0;
        if (trailer > 0)
        {
            var embedded = EmbeddedRecordStart(block);
            if (embedded < 0)
            {
                return entry with { Block = block };
            }

            // A record cut short whose Content-Length happens to end on a blank line of the next record: rescan from where that one starts.
            reader.Unread(trailer == 4 ? "\r\n\r\n"u8 : "\n\n"u8);
            reader.Unread(block.AsSpan(embedded));
            return WarcEntry.Broken(offset, "truncated record: another record starts inside it");
        }

        // Let the parser rescan the block: a Content-Length that is too long swallowed the next record's start.
        reader.Unread(block.AsSpan(0, read));
        return WarcEntry.Broken(offset, read < length
            ? $"truncated record: Content-Length is {length} but only {read} bytes follow"
            : $"record does not end where its Content-Length ({length}) says");
    }

    /// <summary>
    /// Skips a record larger than the limit without holding it, watching for a record that starts inside it: a
    /// Content-Length that is wrong (too large) must not swallow the records after it.
    /// </summary>
    private WarcEntry SkipOversized(long offset, long length)
    {
        const int Overlap = 16;
        var chunk = new byte[Overlap + (64 * 1024)];
        var carried = 0;
        var remaining = length;
        while (remaining > 0)
        {
            var read = reader.ReadBlock(chunk.AsSpan(carried, (int)Math.Min(chunk.Length - carried, remaining)));
            if (read == 0)
            {
                break;
            }

            remaining -= read;
            var window = chunk.AsSpan(0, carried + read);
            var embedded = EmbeddedRecordStart(window);
            if (embedded >= 0)
            {
                reader.Unread(window[embedded..]);
                return WarcEntry.Broken(offset, $"record's Content-Length ({length}) is wrong: another record starts inside it");
            }

            carried = Math.Min(Overlap, window.Length);
            window[^carried..].CopyTo(chunk);
        }

        return remaining == 0 && EndOfRecord() > 0
            ? WarcEntry.Broken(offset, $"record of {length} bytes is larger than the limit of {maxRecordBytes} bytes (skipped)")
            : WarcEntry.Broken(offset, $"oversized record is truncated: Content-Length is {length} but only {length - remaining} bytes follow");
    }

    /// <summary>Consumes the blank line that ends a record; returns its length, or 0 when it is not there.</summary>
    private int EndOfRecord() => reader.TryConsume("\r\n\r\n"u8) ? 4 : reader.TryConsume("\n\n"u8) ? 2 : 0;

    /// <summary>Where a record's version and first header line appear inside a block (a sign the block is two records), or -1.</summary>
    private static int EmbeddedRecordStart(ReadOnlySpan<byte> block)
    {
        var from = 0;
        while (true)
        {
            var index = block[from..].IndexOf("WARC/1."u8);
            if (index < 0)
            {
                return -1;
            }

            var start = from + index;
            var rest = block[start..];
            if (rest.Length > 15 && (rest[7] == '0' || rest[7] == '1') && rest[8..15].SequenceEqual("\r\nWARC-"u8))
            {
                return start;
            }

            from = start + 1;
        }
    }

    private static bool IsVersionLine(ReadOnlySpan<byte> line) => line.Length <= 16 && line.StartsWith("WARC/"u8);
}
