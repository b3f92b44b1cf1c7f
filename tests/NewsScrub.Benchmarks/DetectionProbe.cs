using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Benchmarks;

/// <summary><c>--detect FILE</c>: the language of a scraped page as the pipeline sees it, and its stopword densities.</summary>
internal static class DetectionProbe
{
    public static int Run(string path)
    {
        var document = PlainTextReader.Read(File.ReadAllText(path));
        var texts = document.Segments.Select(static segment => segment.Text).ToList();
        Console.WriteLine($"detected: {LanguageDetector.Detect(texts) ?? "(none)"}");
        var sample = string.Join(' ', texts)[..Math.Min(4096, texts.Sum(static t => t.Length + 1) - 1)];
        foreach (var (code, stopwords) in LanguageProfiles.Stopwords.OrderBy(static pair => pair.Key, StringComparer.Ordinal))
        {
            var statistics = StopwordStatistics.Of(sample, stopwords.GetAlternateLookup<ReadOnlySpan<char>>());
            if (statistics.Density > 0.05)
            {
                Console.WriteLine($"  {code} density {statistics.Density:F3} ({statistics.Stopwords}/{statistics.Words})");
            }
        }

        return 0;
    }
}
