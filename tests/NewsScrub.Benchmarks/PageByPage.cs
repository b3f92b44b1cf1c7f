using System.Diagnostics;
using System.Globalization;

namespace NewsScrub.Benchmarks;

/// <summary>
/// A baseline and two variants timed in one process, page by page, one after another on the same page (in turn first),
/// so that the machine's speed, which drifts over seconds on a shared host, is nearly the same for all three.
/// </summary>
internal static class PageByPage
{
    /// <summary>
    /// Times a baseline and two variants on every text, page by page, and prints each one's best round, its ratio to the
    /// baseline, and the two variants' ratio to each other (<paramref name="pairName"/>).
    /// </summary>
    public static void Compare(string title, IReadOnlyList<string> texts, int rounds, (string Name, Func<string, int> Run)[] runs, string pairName)
    {
        var times = runs.Select(static _ => new List<double>()).ToArray();
        for (var round = 0; round <= rounds; round++)
        {
            GC.Collect();
            var total = new double[runs.Length];
            for (var p = 0; p < texts.Count; p++)
            {
                for (var j = 0; j < runs.Length; j++)
                {
                    var k = (j + p + round) % runs.Length;
                    var started = Stopwatch.GetTimestamp();
                    GC.KeepAlive(runs[k].Run(texts[p]));
                    total[k] += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }

            if (round > 0)
            {
                // Round 0 warms up.
                for (var k = 0; k < runs.Length; k++)
                {
                    times[k].Add(total[k]);
                }
            }
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{title}, {rounds} rounds, one thread: best round, its ratio to the baseline's best, and the median of the rounds' ratios"));
        for (var k = 0; k < runs.Length; k++)
        {
            var ratios = times[k].Select((time, round) => time / times[0][round]).Order().ToArray();
            Console.WriteLine(string.Create(c, $"  {runs[k].Name,-48} {times[k].Min(),7:0.0} ms  {times[k].Min() / times[0].Min(),6:0.00}  {ratios[ratios.Length / 2],6:0.00}"));
        }

        var paired = times[1].Select((time, round) => time / times[2][round]).Order().ToArray();
        Console.WriteLine(string.Create(c, $"  {pairName}: {times[1].Min() / times[2].Min():0.000} (best rounds), {paired[paired.Length / 2]:0.000} (median of the rounds)"));
    }
}
