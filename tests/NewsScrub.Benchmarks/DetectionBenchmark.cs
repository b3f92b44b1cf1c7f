using System.Diagnostics;
using Lingua;
using Ours = NewsScrub.Languages.LanguageDetector;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>--languages</c>: accuracy of our detector and of Lingua on the repository's test set (<see cref="DetectionSet"/>),
/// per language, on paragraphs of 200+ characters and on lines of about 50, with the time per item and the size of
/// what each ships. Lingua chooses among the same languages ours does (those it has), with its models preloaded.
/// </summary>
internal static class DetectionBenchmark
{
    private static readonly Dictionary<string, Language> LinguaLanguages = new(StringComparer.Ordinal)
    {
        ["bg"] = Language.Bulgarian, ["ca"] = Language.Catalan, ["cs"] = Language.Czech, ["da"] = Language.Danish, ["de"] = Language.German,
        ["el"] = Language.Greek, ["en"] = Language.English, ["es"] = Language.Spanish, ["et"] = Language.Estonian, ["fi"] = Language.Finnish,
        ["fr"] = Language.French, ["ga"] = Language.Irish, ["hr"] = Language.Croatian, ["hu"] = Language.Hungarian, ["it"] = Language.Italian,
        ["lt"] = Language.Lithuanian, ["lv"] = Language.Latvian, ["nl"] = Language.Dutch, ["no"] = Language.Bokmal, ["pl"] = Language.Polish,
        ["pt"] = Language.Portuguese, ["ro"] = Language.Romanian, ["ru"] = Language.Russian, ["sk"] = Language.Slovak, ["sl"] = Language.Slovene,
        ["sr"] = Language.Serbian, ["sv"] = Language.Swedish, ["tr"] = Language.Turkish, ["uk"] = Language.Ukrainian,
        ["zh"] = Language.Chinese, ["ja"] = Language.Japanese, ["ko"] = Language.Korean, ["ar"] = Language.Arabic, ["he"] = Language.Hebrew, ["hi"] = Language.Hindi,
    };

    public static int Run(string repositoryRoot)
    {
        var languages = DetectionSet.Languages(repositoryRoot);
        var lingua = LanguageDetectorBuilder.FromLanguages(LinguaLanguages.Values.ToArray()).WithPreloadedLanguageModels().Build();
        var codeOf = LinguaLanguages.ToDictionary(static pair => pair.Value, static pair => pair.Key);
        string? Lingua(string text) => codeOf.GetValueOrDefault(lingua.DetectLanguageOf(text));

        var items = languages.Select(language =>
        {
            var sentences = DetectionSet.Sentences(repositoryRoot, language);
            return (Language: language, Paragraphs: DetectionSet.Paragraphs(sentences), Lines: DetectionSet.Lines(sentences));
        }).ToArray();

        Console.WriteLine("| language | paragraphs | ours | Lingua | lines | ours | Lingua |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        var totals = new int[6];
        var shared = new int[4];
        foreach (var (language, paragraphs, lines) in items)
        {
            var ours = (Paragraphs: paragraphs.Count(text => Ours.Detect(text) == language), Lines: lines.Count(text => Ours.Detect(text) == language));
            var supported = LinguaLanguages.ContainsKey(language);
            var theirs = supported ? (Paragraphs: paragraphs.Count(text => Lingua(text) == language), Lines: lines.Count(text => Lingua(text) == language)) : (Paragraphs: 0, Lines: 0);
            Console.WriteLine($"| {language} | {paragraphs.Count} | {Share(ours.Paragraphs, paragraphs.Count)} | {(supported ? Share(theirs.Paragraphs, paragraphs.Count) : "n/a")} | {lines.Count} | {Share(ours.Lines, lines.Count)} | {(supported ? Share(theirs.Lines, lines.Count) : "n/a")} |");
            totals[0] += paragraphs.Count;
            totals[1] += ours.Paragraphs;
            totals[2] += theirs.Paragraphs;
            totals[3] += lines.Count;
            totals[4] += ours.Lines;
            totals[5] += theirs.Lines;
            if (supported)
            {
                shared[0] += paragraphs.Count;
                shared[1] += ours.Paragraphs;
                shared[2] += lines.Count;
                shared[3] += ours.Lines;
            }
        }

        Console.WriteLine($"| **all** | {totals[0]} | **{Share(totals[1], totals[0])}** | | {totals[3]} | **{Share(totals[4], totals[3])}** | |");
        Console.WriteLine($"| **all Lingua has** | {shared[0]} | **{Share(shared[1], shared[0])}** | **{Share(totals[2], shared[0])}** | {shared[2]} | **{Share(shared[3], shared[2])}** | **{Share(totals[5], shared[2])}** |");
        Console.WriteLine();

        var all = items.SelectMany(static item => item.Paragraphs.Concat(item.Lines)).ToArray();
        var oursTime = Time(all, static text => Ours.Detect(text));
        var theirsTime = Time(all, text => Lingua(text));
        Console.WriteLine($"time per item (mean over {all.Length} items, single thread): ours {oursTime:F1} µs, Lingua {theirsTime:F1} µs ({theirsTime / oursTime:F1}x)");

        var coreAssembly = typeof(Ours).Assembly.Location;
        var linguaAssembly = typeof(LanguageDetectorBuilder).Assembly.Location;
        var models = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");
        var modelBytes = Directory.Exists(models) ? Directory.EnumerateFiles(models, "*", SearchOption.AllDirectories).Sum(static file => new FileInfo(file).Length) : 0;
        var unitBytes = Directory.EnumerateFiles(Path.Combine(repositoryRoot, "src", "NewsScrub", "Languages", "Data"), "*.txt").Sum(static file => new FileInfo(file).Length);
        Console.WriteLine($"size: ours, the whole core assembly {new FileInfo(coreAssembly).Length / 1024.0:F0} KB (language units {unitBytes / 1024.0:F0} KB of it, uncompressed); Lingua {new FileInfo(linguaAssembly).Length / 1024.0:F0} KB assembly + {modelBytes / (1024.0 * 1024.0):F1} MB language models");
        return 0;
    }

    private static string Share(int correct, int total) => total == 0 ? "-" : $"{(double)correct / total:P0}".Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Mean microseconds per item, after a warm-up pass, over at least two seconds.</summary>
    private static double Time(string[] items, Func<string, string?> detect)
    {
        foreach (var item in items)
        {
            detect(item);
        }

        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var item in items)
            {
                detect(item);
                count++;
            }
        }

        return stopwatch.Elapsed.TotalMicroseconds / count;
    }
}
