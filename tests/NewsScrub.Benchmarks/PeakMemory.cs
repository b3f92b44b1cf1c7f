using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsScrub.Html;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --memory [FOLDER] [MB]</c>: peak memory of extracting one page beside the peak of
/// HtmlAgilityPack's parse of the same page, each in a fresh process (so the peak is the operation's own): for every
/// page of the folder, and for one synthetic page of MB megabytes made of short paragraphs (the shape whose memory
/// follows its structure rather than its size). Prints the peak working set above the process's state before the
/// operation (the page already in memory, and code, model and language data loaded by a first run), and the
/// ratio.
/// </summary>
internal static class PeakMemory
{
    public static int Run(string folder, int megabytes)
    {
        var self = Environment.ProcessPath!;
        var assembly = typeof(PeakMemory).Assembly.Location;
        var c = CultureInfo.InvariantCulture;
        var ratios = new List<double>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var parse = Measure(self, assembly, "parse", file);
            var clean = Measure(self, assembly, "clean", file);
            ratios.Add((double)clean / parse);
        }

        ratios.Sort();
        if (ratios.Count > 0)
        {
            Console.WriteLine(string.Create(c, $"{ratios.Count} pages of {folder}: peak memory of extraction / peak of the parse alone: median {ratios[ratios.Count / 2]:0.00}, 90th percentile {ratios[(int)(ratios.Count * 0.9)]:0.00}, max {ratios[^1]:0.00}"));
        }

        var page = Path.Combine(Path.GetTempPath(), $"newsscrub-paragraphs-{megabytes}mb.html");
        File.WriteAllText(page, Paragraphs(megabytes), new UTF8Encoding(false));
        try
        {
            var parse = Measure(self, assembly, "parse", page);
            var clean = Measure(self, assembly, "clean", page);
            Console.WriteLine(string.Create(c, $"one {megabytes} MB page of short paragraphs: parse {parse / 1048576.0:0} MB, extraction {clean / 1048576.0:0} MB, ratio {(double)clean / parse:0.00}"));
        }
        finally
        {
            File.Delete(page);
        }

        return 0;
    }

    /// <summary>A page of about <paramref name="megabytes"/> MB made of millions of tiny paragraphs.</summary>
    public static string Paragraphs(int megabytes)
    {
        var builder = new StringBuilder((megabytes * 1024 * 1024) + 1024);
        builder.Append("<html><head><title>Paragraphs</title></head><body><article>");
        var i = 0;
        while (builder.Length < megabytes * 1024 * 1024)
        {
            builder.Append("<p>Line ").Append(i++ % 1000).Append("</p>\n");
        }

        return builder.Append("</article></body></html>").ToString();
    }

    /// <summary>In this process: the peak working set of one operation on one page, above the state before it.</summary>
    public static int RunOne(string operation, string file)
    {
        var html = HtmlDecoder.Decode(File.ReadAllBytes(file), null);

        // Warm up: code, the model and the language data are loaded once per process, not per page. A page under
        // 4 MB is run once first (it reaches code paths a tiny page does not, and their first use would be counted as
        // the page's); then the heap is compacted and returned to the system, so the peak below is the page's own.
        const string Small = "<html><head><title>Warm</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Warm up</h1><p>The council approved the new budget on Tuesday after a long debate about schools and roads.</p></article></body></html>";
        var warm = html.Length < 4 * 1024 * 1024 ? html : Small;
        GC.KeepAlive(HtmlPageReader.ParseDocument(warm));
        GC.KeepAlive(ScrubPipeline.Default.CleanHtml(warm));
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        switch (operation)
        {
            case "parse":
                GC.KeepAlive(HtmlPageReader.ParseDocument(html));
                break;
            default:
                GC.KeepAlive(ScrubPipeline.Default.CleanHtml(html));
                break;
        }

        process.Refresh();
        Console.WriteLine((process.PeakWorkingSet64 - before).ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    private static long Measure(string self, string assembly, string operation, string file)
    {
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (!self.EndsWith("NewsScrub.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(assembly);
        }

        start.ArgumentList.Add("--memory-one");
        start.ArgumentList.Add(operation);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return Math.Max(1, long.Parse(output.Trim(), CultureInfo.InvariantCulture));
    }
}
