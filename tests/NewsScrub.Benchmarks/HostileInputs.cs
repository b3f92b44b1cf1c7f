using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsScrub.Tests.Robustness;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --hostile [SCALE]</c>: each hostile input shape of issue 9 at 1x and 4x, each case in
/// a fresh process (so its peak memory is its own), printed as the Markdown table of docs/robustness.md: size, time
/// at 1x and 4x and their ratio (4 is linear, 16 quadratic), peak working set, and what came out.
/// </summary>
internal static class HostileInputs
{
    public static int Run(int scale)
    {
        var self = Environment.ProcessPath!;
        var assembly = typeof(HostileInputs).Assembly.Location;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Hostile inputs, scale {scale} (1x) and {4 * scale} (4x), one process per case, {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine("| case | size 1x | size 4x | time 1x | time 4x | ratio | peak memory 4x | result |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var shape in HostilePages.All)
        {
            var small = RunCase(self, assembly, shape, scale);
            var large = RunCase(self, assembly, shape, 4 * scale);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {shape} | {Megabytes(small.Bytes)} | {Megabytes(large.Bytes)} | {small.Seconds:F2} s | {large.Seconds:F2} s | {large.Seconds / Math.Max(small.Seconds, 1e-6):F1}x | {Megabytes(large.PeakBytes)} | {large.Result} |"));
        }

        return 0;
    }

    /// <summary>One case in this process: builds the page, cleans it once to warm up on a small one, then times it.</summary>
    public static int RunOne(string shape, int scale)
    {
        var warm = HostilePages.Build(shape, 1);
        Clean(shape, warm);
        var input = HostilePages.Build(shape, scale);
        var clock = Stopwatch.StartNew();
        string result;
        try
        {
            var article = Clean(shape, input);
            result = string.Create(CultureInfo.InvariantCulture, $"ok: {article.Blocks.Count} blocks, {article.Tags.Count} tags");
        }
        catch (InvalidDataException exception)
        {
            result = "refused: " + exception.Message;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Encoding.UTF8.GetByteCount(input)}\t{seconds:R}\t{process.PeakWorkingSet64}\t{result}"));
        return 0;
    }

    private static Article Clean(string shape, string input) => HostilePages.IsText(shape) ? ScrubPipeline.Default.CleanText(input) : ScrubPipeline.Default.CleanHtml(input);

    private static (long Bytes, double Seconds, long PeakBytes, string Result) RunCase(string self, string assembly, string shape, int scale)
    {
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(assembly);
        }

        start.ArgumentList.Add("--hostile-case");
        start.ArgumentList.Add(shape);
        start.ArgumentList.Add(scale.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Split('\t');
        process.WaitForExit();
        return (long.Parse(output[0], CultureInfo.InvariantCulture), double.Parse(output[1], CultureInfo.InvariantCulture), long.Parse(output[2], CultureInfo.InvariantCulture), output[3]);
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");
}
