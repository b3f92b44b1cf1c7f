using System.Diagnostics;
using System.Globalization;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>--detect-pages BENCH [OUT]</c>: the language detected for every dev page (text dumps as the text reader segments
/// them; HTML pages as the pipeline reports them), written one per line to OUT so that two versions of the detector can
/// be compared page by page, and the detector's time per character over the text dumps.
/// </summary>
internal static class DetectionPages
{
    public static int Run(string bench, string? output, string repositoryRoot)
    {
        var lines = new List<string>();

        // The detection test set read as pages: each language's sentences, one segment each, from every starting point
        // (so that reading stops at a different place each time).
        var correct = 0;
        var pages = 0;
        foreach (var language in DetectionSet.Languages(repositoryRoot))
        {
            var sentences = DetectionSet.Sentences(repositoryRoot, language);
            for (var start = 0; start < sentences.Count; start++)
            {
                var detected = LanguageDetector.Detect(sentences.Skip(start).Concat(sentences.Take(start)));
                lines.Add($"set/{language}/{start} {detected ?? "-"}");
                correct += detected == language ? 1 : 0;
                pages++;
            }
        }

        Console.WriteLine($"detection set as pages: {correct} of {pages} right");

        // Time per character on one text of about a thousand characters of prose, as the HTML reader passes it.
        var english = string.Join(' ', DetectionSet.Sentences(repositoryRoot, "en"))[..1000];
        for (var warm = 0; warm < 1000; warm++)
        {
            GC.KeepAlive(LanguageDetector.Detect(english));
        }

        var timer = Stopwatch.StartNew();
        var times = 0;
        while (timer.Elapsed < TimeSpan.FromSeconds(2))
        {
            GC.KeepAlive(LanguageDetector.Detect(english));
            times++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1,000 characters of English: {timer.Elapsed.TotalNanoseconds / times / 1000:0.0} ns per character"));
        var dumps = new List<(string Name, List<string> Texts)>();
        foreach (var folder in (string[])["text/dev", "text/wcxb-dev"])
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(bench, folder), "*.txt").Order(StringComparer.Ordinal))
            {
                var texts = PlainTextReader.Read(File.ReadAllText(path)).Segments.Select(static segment => segment.Text).ToList();
                dumps.Add(($"{folder}/{Path.GetFileName(path)}", texts));
            }
        }

        foreach (var (name, texts) in dumps)
        {
            lines.Add($"{name} {LanguageDetector.Detect(texts) ?? "-"}");
        }

        // Time: every dump detected over and over for a few seconds, after the warm-up above.
        var characters = dumps.Sum(static dump => (long)dump.Texts.Sum(static text => text.Length));
        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(3) || rounds < 2)
        {
            foreach (var (_, texts) in dumps)
            {
                GC.KeepAlive(LanguageDetector.Detect(texts));
            }

            rounds++;
        }

        var perPage = clock.Elapsed.TotalMicroseconds / rounds / dumps.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"text dumps: {dumps.Count} pages, {characters / dumps.Count} characters each on average, detection {perPage:0.0} µs per page"));

        foreach (var folder in (string[])["extraction/dev", "extraction/wcxb-dev"])
        {
            foreach (var (name, bytes) in Pages.Load(Path.Combine(bench, folder)))
            {
                lines.Add($"{folder}/{name} {ScrubPipeline.Default.CleanHtml(bytes).Language ?? "-"}");
            }
        }

        // The HTML reader's detection alone, on the prose it passes (about a thousand characters a page), against the whole extraction.
        var html = Pages.Load(Path.Combine(bench, "extraction", "dev")).Select(static page => NewsScrub.Html.HtmlDecoder.Decode(page.Bytes, null)).ToArray();
        var proseOf = html.Select(static page => NewsScrub.Html.HtmlPageReader.Parse(page, anchorsMarked: false).Blocks.Where(static block => block.Text.Length >= 60 && block.LinkDensity < 0.5).Select(static block => block.Text).ToList()).ToArray();
        double Best(Action action)
        {
            var best = double.MaxValue;
            for (var round = 0; round < 10; round++)
            {
                var watch = Stopwatch.StartNew();
                action();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            return best;
        }

        var detection = Best(() =>
        {
            foreach (var prose in proseOf)
            {
                var taken = new List<string>();
                var read = 0;
                foreach (var text in prose)
                {
                    taken.Add(text);
                    read += text.Length;
                    if (read > 1_000)
                    {
                        break;
                    }
                }

                GC.KeepAlive(LanguageDetector.Detect(taken));
            }
        });
        var extraction = Best(() =>
        {
            foreach (var page in html)
            {
                GC.KeepAlive(ScrubPipeline.Default.CleanHtml(page));
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTML DEV pages: detection {detection:0.0} ms, whole extraction {extraction:0.0} ms ({100 * detection / extraction:0.0} %)"));

        if (output is not null)
        {
            File.WriteAllLines(output, lines);
        }

        Console.WriteLine($"{lines.Count} pages; languages: {string.Join(", ", lines.Select(static line => line[(line.LastIndexOf(' ') + 1)..]).CountBy(static code => code).OrderByDescending(static pair => pair.Value).Take(12).Select(static pair => $"{pair.Key} {pair.Value}"))}");
        return 0;
    }
}
