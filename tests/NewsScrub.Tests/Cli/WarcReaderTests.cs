using System.Text;
using NewsScrub.Cli.Batch;

namespace NewsScrub.Tests.Cli;

public sealed class WarcReaderTests
{
    private static List<WarcEntry> Read(byte[] file, long maxRecord = 1 << 20) =>
        WarcReader.Open(new MemoryStream(file), maxRecord).ReadAll().ToList();

    private static List<WarcEntry> ReadGzip(byte[] file, int verifyLimit) =>
        new WarcReader(new GzipSegmentSource(new MemoryStream(file), verifyLimit), 1 << 20).ReadAll().ToList();

    private static string Uri(WarcEntry entry) => entry.Header("WARC-Target-URI")!;

    [Fact]
    public void Reads_plain_records_with_headers_blocks_and_offsets()
    {
        var records = Enumerable.Range(0, 3).Select(i => WarcBuilder.Response($"http://x/{i}", WarcBuilder.Page(i))).ToList();
        var entries = Read([.. records.SelectMany(static r => r)]);

        Assert.Equal(["http://x/0", "http://x/1", "http://x/2"], entries.Select(Uri));
        Assert.All(entries, static e => Assert.Null(e.Error));
        Assert.Equal([0L, records[0].Length, records[0].Length + records[1].Length], entries.Select(static e => e.Offset));
        Assert.Contains("Story 1", Encoding.UTF8.GetString(entries[1].Block), StringComparison.Ordinal);
        Assert.Equal("response", entries[0].Header("warc-type"));
    }

    [Fact]
    public void Reads_one_gzip_member_per_record_and_reports_member_offsets()
    {
        var members = Enumerable.Range(0, 4).Select(i => WarcBuilder.Gzip(WarcBuilder.Response($"http://x/{i}", WarcBuilder.Page(i)))).ToList();
        var entries = Read([.. members.SelectMany(static m => m)]);

        Assert.Equal(4, entries.Count);
        Assert.All(entries, static e => Assert.Null(e.Error));
        long offset = 0;
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(offset, entries[i].Offset);
            offset += members[i].Length;
        }
    }

    [Fact]
    public void Reads_a_whole_warc_gzipped_as_one_member_even_beyond_the_verify_limit()
    {
        var plain = Enumerable.Range(0, 20).SelectMany(i => WarcBuilder.Response($"http://x/{i}", WarcBuilder.Page(i))).ToArray();
        var entries = ReadGzip(WarcBuilder.Gzip(plain), verifyLimit: 4096);

        Assert.Equal(20, entries.Count);
        Assert.All(entries, static e => Assert.Null(e.Error));
        Assert.Equal("http://x/19", Uri(entries[^1]));
    }

    [Fact]
    public void Reads_gzip_headers_with_a_file_name()
    {
        var member = WarcBuilder.Gzip(WarcBuilder.Response("http://x/named", WarcBuilder.Page(1)));
        member[3] = 0x08;
        byte[] named = [.. member[..10], .. "name.warc\0"u8, .. member[10..]];
        var entries = Read([.. named, .. WarcBuilder.Gzip(WarcBuilder.Response("http://x/next", WarcBuilder.Page(2)))]);

        Assert.Equal(["http://x/named", "http://x/next"], entries.Select(Uri));
    }

    [Fact]
    public void Corrupt_gzip_archive_keeps_every_intact_record_and_reports_each_broken_one_with_its_offset()
    {
        var parts = new List<byte[]>
        {
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/0", WarcBuilder.Page(0))),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/1-truncated", WarcBuilder.Page(1)))[..200],
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/2", WarcBuilder.Page(2))),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/3-too-long", WarcBuilder.Page(3), contentLengthDelta: 50)),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/4", WarcBuilder.Page(4))),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/5-too-short", WarcBuilder.Page(5), contentLengthDelta: -50)),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/6", WarcBuilder.Page(6))),
            "this is garbage, not gzip\n"u8.ToArray(),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/7", WarcBuilder.Page(7))),
            new byte[] { 0x1F, 0x8B, 0x08, 0, 1, 2, 3 },
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/8", WarcBuilder.Page(8))),
        };
        var offsets = new List<long>();
        long offset = 0;
        foreach (var part in parts)
        {
            offsets.Add(offset);
            offset += part.Length;
        }

        var entries = Read([.. parts.SelectMany(static p => p)]);

        Assert.Equal(["http://x/0", "http://x/2", "http://x/4", "http://x/6", "http://x/7", "http://x/8"], entries.Where(static e => e.Error is null).Select(Uri));
        var errors = entries.Where(static e => e.Error is not null).ToList();
        Assert.Contains(errors, e => e.Offset == offsets[1] && e.Error!.Contains("gzip", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Offset == offsets[3] && e.Error!.Contains("Content-Length", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Offset == offsets[5] && e.Error!.Contains("Content-Length", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Offset == offsets[7]);
        Assert.Contains(errors, e => e.Offset == offsets[9]);
        Assert.All(errors, e => Assert.Contains(e.Offset, offsets));
    }

    [Fact]
    public void Corrupt_plain_archive_resynchronises_after_garbage_and_wrong_lengths()
    {
        var parts = new List<byte[]>
        {
            WarcBuilder.Response("http://x/0", WarcBuilder.Page(0)),
            WarcBuilder.Response("http://x/1-too-long", WarcBuilder.Page(1), contentLengthDelta: 30),
            WarcBuilder.Response("http://x/2", WarcBuilder.Page(2)),
            "garbage line\r\nmore garbage\r\n"u8.ToArray(),
            WarcBuilder.Response("http://x/3", WarcBuilder.Page(3)),
            WarcBuilder.Response("http://x/4-too-short", WarcBuilder.Page(4), contentLengthDelta: -30),
            WarcBuilder.Response("http://x/5", WarcBuilder.Page(5)),
            WarcBuilder.Response("http://x/6-truncated", WarcBuilder.Page(6))[..300],
        };
        var offsets = new List<long>();
        long offset = 0;
        foreach (var part in parts)
        {
            offsets.Add(offset);
            offset += part.Length;
        }

        var entries = Read([.. parts.SelectMany(static p => p)]);

        Assert.Equal(["http://x/0", "http://x/2", "http://x/3", "http://x/5"], entries.Where(static e => e.Error is null).Select(Uri));
        Assert.Equal([offsets[1], offsets[3], offsets[4] + parts[4].Length, offsets[7]], entries.Where(static e => e.Error is not null).Select(static e => e.Offset));
    }

    [Fact]
    public void Oversized_records_are_reported_and_skipped()
    {
        var big = WarcBuilder.Response("http://x/big", new string('a', 5000));
        var small = WarcBuilder.Response("http://x/small", WarcBuilder.Page(1));
        var entries = Read([.. big, .. small], maxRecord: 4000);

        Assert.NotNull(entries[0].Error);
        Assert.Equal("http://x/small", Uri(entries[1]));
    }

    [Fact]
    public void A_record_right_after_garbage_without_a_line_break_is_still_read()
    {
        var entries = Read([.. WarcBuilder.Response("http://x/0", WarcBuilder.Page(0)), .. "junk, no newline"u8, .. WarcBuilder.Response("http://x/1", WarcBuilder.Page(1))]);

        Assert.Equal(["http://x/0", "http://x/1"], entries.Where(static e => e.Error is null).Select(Uri));
        Assert.Single(entries, static e => e.Error is not null);
    }

    [Fact]
    public void A_truncated_record_whose_length_ends_on_a_blank_line_of_the_next_one_gives_the_next_one_back()
    {
        var first = WarcBuilder.Response("http://x/0", WarcBuilder.Page(0));
        var second = WarcBuilder.Response("http://x/1", WarcBuilder.Page(1));
        var secondHttpEnd = Encoding.ASCII.GetString(second).IndexOf("\r\n\r\nHTTP", StringComparison.Ordinal) + 4;
        secondHttpEnd = Encoding.ASCII.GetString(second).IndexOf("\r\n\r\n", secondHttpEnd, StringComparison.Ordinal);
        var trailerAt = first.Length - 4;
        var cut = trailerAt - secondHttpEnd;
        byte[] file = [.. first[..cut], .. second];

        var entries = Read(file);

        Assert.Equal(["http://x/1"], entries.Where(static e => e.Error is null).Select(Uri));
        Assert.Equal(0, Assert.Single(entries, static e => e.Error is not null).Offset);
    }

    [Fact]
    public void A_gzip_file_whose_first_member_header_is_damaged_is_still_read_as_gzip()
    {
        var first = WarcBuilder.Gzip(WarcBuilder.Response("http://x/0", WarcBuilder.Page(0)));
        first[1] = 0x57;
        var file = new MemoryStream([.. first, .. WarcBuilder.Gzip(WarcBuilder.Response("http://x/1", WarcBuilder.Page(1)))]);

        var entries = WarcReader.Open(file, 1 << 20, gzip: true).ReadAll().ToList();

        Assert.Equal(["http://x/1"], entries.Where(static e => e.Error is null).Select(Uri));
        Assert.Equal(0, Assert.Single(entries, static e => e.Error is not null).Offset);
    }

    [Fact]
    public void Empty_input_has_no_records() => Assert.Empty(Read([]));
}
