using System.IO.Compression;
using System.Text.Json;

namespace NewsScrub.Training;

/// <summary>How a page is given to the pipeline: its markup, or the naive text dump of it.</summary>
internal enum PageInput
{
    Html,
    Text,
}

/// <summary>One page of a dev corpus with its gold main content.</summary>
internal sealed record Page(string Corpus, string Id, string Site, string PageType, PageInput Input, string Gold, Func<string> Read)
{
    /// <summary>The fold a page belongs to: every page of a site in the same one, so a fold never sees a site it is tested on.</summary>
    public int Fold(int folds) => (int)(StableHash(Site) % (uint)folds);

    private static uint StableHash(string text)
    {
        // FNV-1a: stable across runs and machines (string.GetHashCode is randomised per process).
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}

/// <summary>The dev corpora in ../shared/bench: Zyte's DEV half and WCXB's dev split, each as HTML and as naive text dumps.</summary>
internal static class Corpus
{
    public const string Zyte = "zyte";
    public const string Wcxb = "wcxb";

    public static List<Page> Load(string shared, IReadOnlySet<string> corpora, IReadOnlySet<PageInput> inputs)
    {
        var pages = new List<Page>();
        var bench = Path.Combine(shared, "bench");
        if (corpora.Contains(Zyte))
        {
            var gold = ReadGold(Path.Combine(bench, "extraction", "dev", "gold.jsonl"));
            foreach (var (id, record) in gold)
            {
                AddBoth(pages, Zyte, id, record, Path.Combine(bench, "extraction", "dev", id + ".html"), Path.Combine(bench, "text", "dev", id + ".txt"), inputs);
            }
        }

        if (corpora.Contains(Wcxb))
        {
            var gold = ReadGold(Path.Combine(bench, "extraction", "wcxb-dev", "gold.jsonl"));
            foreach (var (id, record) in gold)
            {
                AddBoth(pages, Wcxb, id, record, Path.Combine(bench, "extraction", "wcxb-dev", id + ".html.gz"), Path.Combine(bench, "text", "wcxb-dev", id + ".txt"), inputs);
            }
        }

        return pages;
    }

    private static void AddBoth(List<Page> pages, string corpus, string id, GoldRecord record, string html, string text, IReadOnlySet<PageInput> inputs)
    {
        if (inputs.Contains(PageInput.Html) && File.Exists(html))
        {
            pages.Add(new Page(corpus, id, record.Site, record.PageType, PageInput.Html, record.Body, () => ReadHtml(html)));
        }

        if (inputs.Contains(PageInput.Text) && File.Exists(text))
        {
            pages.Add(new Page(corpus, id, record.Site, record.PageType, PageInput.Text, record.Body, () => File.ReadAllText(text)));
        }
    }

    private static string ReadHtml(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return HtmlText(File.ReadAllBytes(path));
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return HtmlText(buffer.ToArray());
    }

    /// <summary>Decodes the page the way the library does for bytes (charset from the page or detected).</summary>
    private static string HtmlText(byte[] bytes) => Html.HtmlDecoder.Decode(bytes, null);

    private sealed record GoldRecord(string Site, string PageType, string Body);

    private static List<(string Id, GoldRecord Record)> ReadGold(string path)
    {
        var records = new List<(string, GoldRecord)>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").ToString();
            var url = root.TryGetProperty("url", out var u) ? u.GetString() ?? string.Empty : string.Empty;
            var type = root.TryGetProperty("page_type", out var t) ? t.GetString() ?? "article" : "article";
            var body = root.GetProperty("articleBody").GetString() ?? string.Empty;
            records.Add((id, new GoldRecord(SiteOf(url, id), type, body)));
        }

        return records;
    }

    /// <summary>The site of a URL: its host without "www.", so that pages of one site share a fold.</summary>
    internal static string SiteOf(string url, string fallback)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return fallback;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
