using System.Diagnostics;
using System.Globalization;
using NewsScrub.Html;
using NewsScrub.Internal;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>--name-reading [FOLDER] [ROUNDS]</c>: what reading class and id names costs, over the elements the walk makes of
/// the pages: the walk's class signals (<see cref="ClassTokens"/>) and name hints (<see cref="NameHintReader"/>), each
/// alone and both from one cache of the page's class lists as the walk keeps it, and the learned name weights
/// (<c>NameWeights.OwnWeights</c>) of every element; beside one lookup per class list in a dictionary, what a cache
/// hit alone costs. Best of the rounds, in ms.
/// </summary>
internal static class NameReading
{
    public static int Run(string folder, int rounds)
    {
        var pages = Pages.Load(folder)
            .Select(static page => PageWalker.Walk(HtmlPageReader.ParseDocument(ScriptStripper.Strip(HtmlDecoder.Decode(page.Bytes, null))), anchorsMarked: true).Elements.ToArray())
            .ToArray();
        var weights = NewsScrub.Steps.ContentModel.BuiltIn.Names;
        var best = Enumerable.Repeat(double.MaxValue, 5).ToArray();
        for (var round = 0; round <= rounds; round++)
        {
            var at = Stopwatch.GetTimestamp();
            var times = new double[5];
            ByClassList(pages, ClassTokens.OfClasses, static (signal, id) => ClassTokens.WithId(signal, id));
            times[0] = Lap(ref at);
            ByClassList(pages, NameHintReader.Scan, static (hints, id) => hints | NameHintReader.Scan(id));
            times[1] = Lap(ref at);

            // As the walk reads them: one cache of class lists for both.
            ByClassList(
                pages,
                static classes => (Signal: ClassTokens.OfClasses(classes), Hints: NameHintReader.Scan(classes)),
                static (read, id) => (ClassTokens.WithId(read.Signal, id), read.Hints | NameHintReader.Scan(id)));
            times[2] = Lap(ref at);
            foreach (var elements in pages)
            {
                weights.OwnWeights(elements);
            }

            times[3] = Lap(ref at);
            foreach (var elements in pages)
            {
                var cache = new Dictionary<string, int>(256, StringComparer.Ordinal);
                foreach (var element in elements)
                {
                    if (element.Classes is not null)
                    {
                        cache.TryAdd(element.Classes, 0);
                    }
                }
            }

            times[4] = Lap(ref at);
            if (round > 0)
            {
                // Round 0 warms up.
                for (var k = 0; k < times.Length; k++)
                {
                    best[k] = Math.Min(best[k], times[k]);
                }
            }
        }

        var all = pages.SelectMany(static elements => elements).ToArray();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{pages.Length} pages, {all.Length} elements, {all.Count(static e => e.Classes is not null)} with a class list ({pages.Sum(static elements => elements.Where(static e => e.Classes is not null).Select(static e => e.Classes).Distinct().Count())} distinct per page), {all.Count(static e => e.Id is not null)} with an id; best of {rounds} rounds"));
        string[] names = ["class signals alone", "name hints alone", "both, one cache (the walk)", "name weights (content selection)", "one lookup per class list"];
        for (var k = 0; k < names.Length; k++)
        {
            Console.WriteLine(string.Create(c, $"  {names[k],-34} {best[k],6:0.0} ms"));
        }

        return 0;
    }

    /// <summary>
    /// Reads every element's class list, through a cache of the page's class lists as the walk keeps it, and its id
    /// when it has one.
    /// </summary>
    private static void ByClassList<T>(DocumentElement[][] pages, Func<string, T> ofClasses, Func<T, string, T> withId)
    {
        foreach (var elements in pages)
        {
            var cache = new Dictionary<string, T>(256, StringComparer.Ordinal);
            foreach (var element in elements)
            {
                var read = default(T)!;
                if (element.Classes is { } classes && !cache.TryGetValue(classes, out read!))
                {
                    read = ofClasses(classes);
                    cache[classes] = read;
                }

                if (element.Id is { } id)
                {
                    GC.KeepAlive(withId(read, id));
                }
            }
        }
    }

    private static double Lap(ref long at)
    {
        var now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(at, now).TotalMilliseconds;
        at = now;
        return elapsed;
    }
}
