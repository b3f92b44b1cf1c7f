using System.Text;
using NewsScrub.Tests.Cli;

namespace NewsScrub.Tests.Robustness;

/// <summary>Issue 9, "no silent loss": every record in gives exactly one result or one reported error.</summary>
public sealed class SilentLossTests
{
    private static byte[] FourRecordsWithAnOversizedSecond()
    {
        var big = "<html><body><p>" + new string('x', 1_200_000) + "</p></body></html>";
        return [.. WarcBuilder.Response("http://a.test/1", WarcBuilder.Page(1)), .. WarcBuilder.Response("http://a.test/2", big), .. WarcBuilder.Response("http://a.test/3", WarcBuilder.Page(3)), .. WarcBuilder.Response("http://a.test/4", WarcBuilder.Page(4))];
    }

    [Theory]
    [InlineData("a.warc", false)]
    [InlineData("a.warc.gz", true)]
    public void A_warc_record_over_the_limit_fails_alone_and_later_records_are_read(string name, bool perRecordGzip)
    {
        using var temp = new TempFolder();
        var records = new[] { WarcBuilder.Response("http://a.test/1", WarcBuilder.Page(1)), WarcBuilder.Response("http://a.test/2", "<html><body><p>" + new string('x', 1_200_000) + "</p></body></html>"), WarcBuilder.Response("http://a.test/3", WarcBuilder.Page(3)), WarcBuilder.Response("http://a.test/4", WarcBuilder.Page(4)) };
        var bytes = perRecordGzip ? records.SelectMany(WarcBuilder.Gzip).ToArray() : records.SelectMany(static record => record).ToArray();
        var path = temp.File(name, bytes);

        var run = CliRun.Of("clean", "--format", "jsonl", "--max-record-mb", "1", path);

        var lines = run.Lines();
        Assert.Equal(4, lines.Count);
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(["http://a.test/1", "http://a.test/3", "http://a.test/4"], lines.Where(static line => !line.TryGetProperty("error", out _)).Select(static line => line.GetProperty("url").GetString()));
        Assert.Contains("4 records, 1 failed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_member_warc_gz_with_an_oversized_record_keeps_the_later_records()
    {
        using var temp = new TempFolder();
        var path = temp.File("one.warc.gz", WarcBuilder.Gzip(FourRecordsWithAnOversizedSecond()));

        var run = CliRun.Of("clean", "--format", "jsonl", "--max-record-mb", "1", path);

        Assert.Equal(4, run.Lines().Count);
        Assert.Contains("4 records, 1 failed", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_warc_record_whose_content_length_is_too_large_does_not_swallow_later_records(bool perRecordGzip)
    {
        using var temp = new TempFolder();
        var records = new[] { WarcBuilder.Response("http://a.test/1", WarcBuilder.Page(1)), WarcBuilder.Response("http://a.test/2", WarcBuilder.Page(2), contentLengthDelta: 5_000_000), WarcBuilder.Response("http://a.test/3", WarcBuilder.Page(3)), WarcBuilder.Response("http://a.test/4", WarcBuilder.Page(4)) };
        var bytes = perRecordGzip ? [.. WarcBuilder.Gzip([.. records.SelectMany(static record => record)])] : records.SelectMany(static record => record).ToArray();
        var path = temp.File(perRecordGzip ? "a.warc.gz" : "a.warc", bytes);

        var run = CliRun.Of("clean", "--format", "jsonl", "--max-record-mb", "1", path);

        var lines = run.Lines();
        Assert.Equal(["http://a.test/1", "http://a.test/3", "http://a.test/4"], lines.Where(static line => !line.TryGetProperty("error", out _)).Select(static line => line.GetProperty("url").GetString()));
        Assert.Single(lines, static line => line.TryGetProperty("error", out _));
        Assert.Contains("4 records, 1 failed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jsonl_file_starting_with_a_byte_order_mark_keeps_its_first_record()
    {
        using var temp = new TempFolder();
        var path = temp.File("pages.jsonl", [.. "\uFEFF"u8.ToArray(), .. Encoding.UTF8.GetBytes("{\"id\":\"first\",\"text\":\"The council met on Tuesday to discuss the library budget.\"}\n{\"id\":\"second\",\"text\":\"Residents asked about the cost.\"}\n")]);

        var run = CliRun.Of("clean", "--format", "jsonl", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["first", "second"], run.Lines().Select(static line => line.GetProperty("source").GetString()));
    }
}
