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

    private const string Page = "The council met on Tuesday evening to discuss the new budget for the town library.\n\nResidents asked many questions about the cost of the works.";

    [Fact]
    public void Out_gives_inputs_that_differ_only_in_extension_their_own_files()
    {
        using var temp = new TempFolder();
        temp.File("in/a.html", "<html><body><p>" + Page + "</p></body></html>");
        temp.File("in/a.htm", "<html><body><p>" + Page + " Second.</p></body></html>");
        temp.File("in/a.txt", Page + " Third.");
        temp.File("in/a.html.gz", WarcBuilder.Gzip(Encoding.UTF8.GetBytes("<html><body><p>" + Page + " Fourth.</p></body></html>")));
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Of("clean", "--format", "json", "--out", output, Path.Combine(temp.Path, "in"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a.htm.json", "a.html.gz.json", "a.html.json", "a.txt.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Out_refuses_a_second_record_for_the_same_file_and_goes_on()
    {
        using var temp = new TempFolder();
        var first = temp.File("x/page.html", "<html><body><p>" + Page + "</p></body></html>");
        var second = temp.File("y/page.html", "<html><body><p>" + Page + " Other.</p></body></html>");
        var third = temp.File("z/other.txt", Page);
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Of("clean", "--format", "json", "--out", output, first, second, third);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already written for " + first, run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "other.txt.json")));
        Assert.Contains("3 records, 1 failed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_inside_the_input_folder_is_a_usage_error_and_the_inputs_stay()
    {
        using var temp = new TempFolder();
        var input = temp.File("in/a.txt", Page);

        var run = CliRun.Of("clean", "--out", Path.Combine(temp.Path, "in"), Path.Combine(temp.Path, "in"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(Page, File.ReadAllText(input));
        Assert.Single(Directory.GetFiles(Path.Combine(temp.Path, "in")));
    }

    [Fact]
    public void Out_never_overwrites_an_input_file()
    {
        using var temp = new TempFolder();
        var input = temp.File("a.txt.txt", Page + " Input that must stay.");
        var page = temp.File("a.txt", Page);

        var run = CliRun.Of("clean", "--out", temp.Path, page, input);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(Page + " Input that must stay.", File.ReadAllText(input));
        Assert.Contains("is an input", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_write_fails_its_record_not_the_run()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", Page);
        temp.File("in/b.txt", Page + " Second.");
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(Path.Combine(output, "a.txt.txt")); // the name a.txt needs is taken by a folder

        var run = CliRun.Of("clean", "--out", output, Path.Combine(temp.Path, "in"));

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "b.txt.txt")));
        Assert.Contains("2 records, 1 failed", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_fifo_inside_an_input_folder_is_reported_and_skipped()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        temp.File("in/a.txt", Page);
        var fifo = Path.Combine(temp.Path, "in", "b.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var run = CliRun.Of("clean", "--format", "jsonl", Path.Combine(temp.Path, "in"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Lines().Count);
        Assert.Contains("not a regular file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pipe_given_as_a_path_is_read_without_seeking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var temp = new TempFolder();
        var fifo = Path.Combine(temp.Path, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var writer = Task.Run(() => File.WriteAllText(fifo, Page));
        var run = CliRun.Of("clean", "--from", "text", fifo);
        await writer.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("town library", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_on_stdin_that_is_not_a_warc_is_a_compressed_page()
    {
        var run = CliRun.WithStdin(WarcBuilder.Gzip(Encoding.UTF8.GetBytes(Page)), "clean", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("town library", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzipped_warc_on_stdin_is_still_a_warc()
    {
        var run = CliRun.WithStdin(WarcBuilder.Gzip(WarcBuilder.Response("http://a.test/1", WarcBuilder.Page(1))), "clean", "--format", "jsonl");

        Assert.Equal("http://a.test/1", Assert.Single(run.Lines()).GetProperty("url").GetString());
    }
}
