using System.Text;
using System.Text.Json;
using NewsScrub.Cli;
using NewsScrub.Cli.Batch;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Cli;

public sealed class BatchModeTests
{
    private static string[] DevPages() =>
        Directory.GetFiles(TestPaths.SharedFile("bench", "extraction", "dev"), "*.html").Order(StringComparer.Ordinal).ToArray();

    [SharedFact]
    public void Warc_and_jsonl_modes_give_the_folder_mode_results_page_for_page()
    {
        var pages = DevPages();
        Assert.NotEmpty(pages);
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "pages");
        Directory.CreateDirectory(folder);
        using (var warc = File.Create(Path.Combine(temp.Path, "dev.warc.gz")))
        using (var jsonl = new StreamWriter(Path.Combine(temp.Path, "dev.jsonl"), false, new UTF8Encoding(false)))
        {
            warc.Write(WarcBuilder.Gzip(WarcBuilder.Record("request", "https://dev.example/", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray())));
            foreach (var page in pages)
            {
                var bytes = File.ReadAllBytes(page);
                var id = Path.GetFileNameWithoutExtension(page);
                File.Copy(page, Path.Combine(folder, Path.GetFileName(page)));
                warc.Write(WarcBuilder.Gzip(WarcBuilder.Response($"https://dev.example/{id}", bytes, "text/html")));
                jsonl.Write(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["html"] = Encoding.UTF8.GetString(bytes) }));
                jsonl.Write('\n');
            }
        }

        var fromFolder = CliRun.Of("clean", "--format", "jsonl", folder).Lines();
        var fromWarc = CliRun.Of("clean", "--format", "jsonl", "--parallel", "2", Path.Combine(temp.Path, "dev.warc.gz")).Lines();
        var fromJsonl = CliRun.Of("clean", "--format", "jsonl", "--parallel", "3", Path.Combine(temp.Path, "dev.jsonl")).Lines();

        Assert.Equal(pages.Length, fromFolder.Count);
        Assert.Equal(pages.Select(static p => "https://dev.example/" + Path.GetFileNameWithoutExtension(p)), fromWarc.Select(static r => r.GetProperty("source").GetString()));
        Assert.Equal(pages.Select(Path.GetFileNameWithoutExtension), fromJsonl.Select(static r => r.GetProperty("source").GetString()));
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Equal(CliRun.Content(fromFolder[i]), CliRun.Content(fromWarc[i]));
            Assert.Equal(CliRun.Content(fromFolder[i]), CliRun.Content(fromJsonl[i]));
        }
    }

    [Fact]
    public void Output_order_is_the_input_order_whatever_the_parallelism()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 40; i++)
        {
            temp.File($"p{i:D2}.html", WarcBuilder.Page(i));
        }

        var one = CliRun.Of("clean", "--format", "jsonl", "--parallel", "1", temp.Path);
        var four = CliRun.Of("clean", "--format", "jsonl", "--parallel", "4", temp.Path);

        Assert.Equal(0, four.ExitCode);
        Assert.Equal(one.Stdout, four.Stdout);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"p{i:D2}.html"), four.Lines().Select(static r => Path.GetFileName(r.GetProperty("source").GetString())));
    }

    [Fact]
    public void Shards_split_the_records_disjointly_and_together_cover_them_all()
    {
        using var temp = new TempFolder();
        var warc = temp.File("in.warc", Enumerable.Range(0, 10).SelectMany(i => WarcBuilder.Response($"http://x/{i}", WarcBuilder.Page(i))).ToArray());

        var shards = Enumerable.Range(1, 3)
            .Select(k => CliRun.Of("clean", "--format", "jsonl", "--shard", $"{k}/3", warc).Lines().Select(static r => r.GetProperty("source").GetString()!).ToList())
            .ToList();

        Assert.Equal(["http://x/0", "http://x/3", "http://x/6", "http://x/9"], shards[0]);
        Assert.Equal(["http://x/1", "http://x/4", "http://x/7"], shards[1]);
        Assert.Equal(Enumerable.Range(0, 10).Select(static i => $"http://x/{i}").Order(StringComparer.Ordinal), shards.SelectMany(static s => s).Order(StringComparer.Ordinal));
        Assert.Equal(shards[1], CliRun.Of("clean", "--format", "jsonl", "--shard", "2/3", warc).Lines().Select(static r => r.GetProperty("source").GetString()!));
    }

    [Fact]
    public void Corrupt_warc_gz_keeps_every_intact_record_and_reports_each_broken_one_with_its_offset()
    {
        using var temp = new TempFolder();
        var parts = new List<byte[]>
        {
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/0", WarcBuilder.Page(0))),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/truncated", WarcBuilder.Page(1)))[..150],
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/2", WarcBuilder.Page(2))),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/wrong-length", WarcBuilder.Page(3), contentLengthDelta: 40)),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/4", WarcBuilder.Page(4))),
            "GARBAGE GARBAGE GARBAGE"u8.ToArray(),
            WarcBuilder.Gzip(WarcBuilder.Response("http://x/5", WarcBuilder.Page(5))),
        };
        var offsets = new List<long>();
        long offset = 0;
        foreach (var part in parts)
        {
            offsets.Add(offset);
            offset += part.Length;
        }

        var path = temp.File("corrupt.warc.gz", parts.SelectMany(static p => p).ToArray());

        var run = CliRun.Of("clean", "--format", "jsonl", "--parallel", "2", path);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Lines();
        Assert.Equal(["http://x/0", "http://x/2", "http://x/4", "http://x/5"], lines.Where(static l => !l.TryGetProperty("error", out _)).Select(static l => l.GetProperty("source").GetString()));
        var errors = lines.Where(static l => l.TryGetProperty("error", out _)).ToList();
        Assert.Equal([offsets[1], offsets[3], offsets[5]], errors.Select(static e => e.GetProperty("offset").GetInt64()));
        Assert.All(errors, e => Assert.Contains($"corrupt.warc.gz@{e.GetProperty("offset").GetInt64()}: ", run.Stderr, StringComparison.Ordinal));
        Assert.Contains("7 records, 3 failed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_records_carry_their_fields_and_a_malformed_line_is_reported_with_its_offset()
    {
        using var temp = new TempFolder();
        var good = JsonSerializer.Serialize(new { doc = 7, lang = "en", body = WarcBuilder.Page(1) });
        var text = JsonSerializer.Serialize(new { doc = 8, words = "A plain text paragraph about the council meeting.\n\nAnother paragraph." });
        var path = temp.File("in.jsonl", good + "\n{not json\n" + text + "\n");

        var run = CliRun.Of("clean", "--format", "jsonl", "--html-field", "body", "--text-field", "words", "--id-field", "doc", path);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Lines();
        Assert.Equal(3, lines.Count);
        Assert.Equal("7", lines[0].GetProperty("source").GetString());
        Assert.Equal("en", lines[0].GetProperty("lang").GetString());
        Assert.Equal(CliRun.Content(ScrubPipeline.Default.CleanHtml(WarcBuilder.Page(1), null)), CliRun.Content(lines[0]));
        Assert.False(lines[0].TryGetProperty("body", out _));
        Assert.Equal(good.Length + 1, lines[1].GetProperty("offset").GetInt64());
        Assert.Contains("malformed JSON", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains($"@{good.Length + 1}", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(CliRun.Content(ScrubPipeline.Default.CleanText("A plain text paragraph about the council meeting.\n\nAnother paragraph.")), CliRun.Content(lines[2]));
    }

    [Fact]
    public void Warc_charset_comes_from_the_http_headers()
    {
        using var temp = new TempFolder();
        var latin1 = Encoding.Latin1.GetBytes("<html><body><article><p>Le café de la gare a rouvert ses portes mardi matin après trois mois de travaux importants.</p></article></body></html>");
        var path = temp.File("in.warc", WarcBuilder.Response("http://x/fr", latin1, "text/html; charset=iso-8859-1"));

        var run = CliRun.Of("clean", "--format", "jsonl", path);
        var record = Assert.Single(new RecordSource(new CliOptions { Paths = [path] }, Stream.Null, new BatchCounters()).Records());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("text/html; charset=iso-8859-1", record.ContentType);
        Assert.Equal(latin1, record.Bytes);
        Assert.Equal(CliRun.Content(ScrubPipeline.Default.CleanHtml(latin1, "text/html; charset=iso-8859-1", null)), CliRun.Content(run.Lines()[0]));
    }

    [Fact]
    public void Non_html_warc_records_are_skipped_and_chunked_gzip_bodies_decoded()
    {
        using var temp = new TempFolder();
        var body = WarcBuilder.Gzip(Encoding.UTF8.GetBytes(WarcBuilder.Page(3)));
        byte[] chunked = [.. Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8];
        var http = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n");
        var path = temp.File("in.warc", [
            .. WarcBuilder.Response("http://x/img", new byte[] { 1, 2, 3 }, "image/png"),
            .. WarcBuilder.Record("response", "http://x/chunked", "application/http; msgtype=response", [.. http, .. chunked]),
            .. WarcBuilder.Record("metadata", "http://x/meta", "application/warc-fields", "a: b\r\n"u8.ToArray()),
        ]);

        var lines = CliRun.Of("clean", "--format", "jsonl", path).Lines();

        var line = Assert.Single(lines);
        Assert.Equal("http://x/chunked", line.GetProperty("source").GetString());
        Assert.Equal(CliRun.Content(ScrubPipeline.Default.CleanHtml(Encoding.UTF8.GetBytes(WarcBuilder.Page(3)), "text/html", null)), CliRun.Content(line));
        var record = new RecordSource(new CliOptions { Paths = [path] }, Stream.Null, new BatchCounters()).Records().Single();
        Assert.Equal(WarcBuilder.Page(3), Encoding.UTF8.GetString(record.Bytes!));
    }

    [Fact]
    public void Warc_from_stdin_is_recognised()
    {
        var warc = Enumerable.Range(0, 3).SelectMany(i => WarcBuilder.Gzip(WarcBuilder.Response($"http://x/{i}", WarcBuilder.Page(i)))).ToArray();

        var run = CliRun.WithStdin(warc, "clean", "--format", "jsonl", "--input", "warc");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["http://x/0", "http://x/1", "http://x/2"], run.Lines().Select(static l => l.GetProperty("source").GetString()));
    }

    [Fact]
    public void Jsonl_from_stdin_works_as_a_streaming_filter()
    {
        var input = string.Concat(Enumerable.Range(0, 5).Select(i => JsonSerializer.Serialize(new { url = $"http://x/{i}", html = WarcBuilder.Page(i) }) + "\n"));

        var run = CliRun.WithStdin(Encoding.UTF8.GetBytes(input), "clean", "--input", "jsonl", "--format", "jsonl", "--shard", "2/2", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["http://x/1", "http://x/3"], run.Lines().Select(static l => l.GetProperty("source").GetString()));
    }

    [Fact]
    public void Markdown_output_folder_has_front_matter_and_one_file_per_record()
    {
        using var temp = new TempFolder();
        var warc = temp.File("in/crawl.warc", Enumerable.Range(0, 2).SelectMany(i => WarcBuilder.Response($"http://x/{i}", WarcBuilder.Page(i))).ToArray());
        var output = Path.Combine(temp.Path, "out");

        var run = CliRun.Of("clean", "--format", "md", "--out", output, warc);

        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(output, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["000000.md", "000001.md"], files.Select(Path.GetFileName));
        var markdown = File.ReadAllText(files[1]);
        Assert.StartsWith("---\nsource: \"http://x/1\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nurl: \"http://x/1\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n---\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\ntitle: ", markdown, StringComparison.Ordinal);
        Assert.All(ScrubPipeline.Default.CleanHtml(Encoding.UTF8.GetBytes(WarcBuilder.Page(1)), "text/html; charset=utf-8", null).Blocks, block => Assert.Contains(block.Text, markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void Folders_include_gzipped_pages()
    {
        using var temp = new TempFolder();
        temp.File("a.html.gz", WarcBuilder.Gzip(Encoding.UTF8.GetBytes(WarcBuilder.Page(1))));
        temp.File("b.html", WarcBuilder.Page(2));
        temp.File("notes.md", "ignored");

        var run = CliRun.Of("clean", "--format", "jsonl", temp.Path);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines();
        Assert.Equal(2, lines.Count);
        Assert.Equal(CliRun.Content(ScrubPipeline.Default.CleanHtml(Encoding.UTF8.GetBytes(WarcBuilder.Page(1)))), CliRun.Content(lines[0]));
        Assert.EndsWith("a.html.gz", lines[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("2 records, 0 failed", run.Stderr, StringComparison.Ordinal);
    }
}
