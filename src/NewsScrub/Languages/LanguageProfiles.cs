using System.Collections.Frozen;

namespace NewsScrub.Languages;

/// <summary>
/// Stopword lookups over the language units (<see cref="LanguageCatalog"/>): for language detection and for the
/// stopword density that tells prose from page furniture.
/// </summary>
internal static class LanguageProfiles
{
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> LazyStopwords = new(static () =>
        LanguageCatalog.All.Where(static unit => unit.Stopwords.Count > 0).ToFrozenDictionary(static unit => unit.Code, static unit => WithApostropheVariants(unit.Stopwords), StringComparer.Ordinal));

    private static readonly Lazy<FrozenSet<string>> LazyUnion = new(() => Stopwords.Values.SelectMany(static set => set).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// The stopword density that reads as prose in English. Other languages' prose is less dense in their own lists
    /// (shorter lists, more inflection, no articles): each gets this gate scaled by its sample's density against English's,
    /// never stricter than English's.
    /// </summary>
    private const double EnglishProseGate = 0.15;

    private static readonly Lazy<FrozenDictionary<string, double>> LazyProseGates = new(static () =>
    {
        var densities = LanguageCatalog.All.Where(static unit => unit.Stopwords.Count > 0)
            .ToDictionary(static unit => unit.Code, static unit => StopwordStatistics.Of(unit.Sample, Stopwords[unit.Code].GetAlternateLookup<ReadOnlySpan<char>>()).Density, StringComparer.Ordinal);
        var english = densities.GetValueOrDefault("en");
        return densities.ToFrozenDictionary(static pair => pair.Key, pair => english > 0 && pair.Value > 0 ? Math.Min(EnglishProseGate, EnglishProseGate * pair.Value / english) : EnglishProseGate, StringComparer.Ordinal);
    });

    /// <summary>Stopwords by ISO 639-1 code, lower-case, for every language whose unit has them.</summary>
    public static FrozenDictionary<string, FrozenSet<string>> Stopwords => LazyStopwords.Value;

    /// <summary>All languages' stopwords together, for text whose language is unknown.</summary>
    public static FrozenSet<string> Union => LazyUnion.Value;

    /// <summary>The stopwords of <paramref name="language"/>, or of all languages when it has no profile.</summary>
    public static FrozenSet<string> For(string? language)
    {
        if (language is not null && Stopwords.TryGetValue(BaseCode(language), out var set))
        {
            return set;
        }

        return Union;
    }

    /// <summary>The stopword density at or above which a segment in <paramref name="language"/> can read as prose.</summary>
    public static double ProseGate(string? language) =>
        language is not null && LazyProseGates.Value.TryGetValue(BaseCode(language), out var gate) ? gate : EnglishProseGate;

    /// <summary>The base code of a language tag, lower-case ("en" for "en-GB").</summary>
    public static string BaseCode(string language)
    {
        var dash = language.IndexOfAny(['-', '_']);
        var code = dash > 0 ? language[..dash] : language;
        return code.Trim().ToLowerInvariant();
    }

    /// <summary>Word scanning turns ’ into ', but callers that compare raw text may hold either.</summary>
    private static FrozenSet<string> WithApostropheVariants(FrozenSet<string> words) =>
        words.Concat(words.Where(static word => word.Contains('\'', StringComparison.Ordinal)).Select(static word => word.Replace('\'', '’'))).ToFrozenSet(StringComparer.Ordinal);
}
