using System.Collections.Frozen;
using System.Reflection;

namespace NewsScrub.Languages;

/// <summary>
/// Stopword profiles per language, loaded once from the embedded data files (<c>Languages/Data/*.txt</c>).
/// Used for language detection and for the stopword density that tells prose from page furniture.
/// </summary>
internal static class LanguageProfiles
{
    private static readonly Lazy<FrozenDictionary<string, FrozenSet<string>>> LazyStopwords = new(Load);

    private static readonly Lazy<FrozenSet<string>> LazyUnion = new(() => Stopwords.Values.SelectMany(static set => set).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Stopwords by ISO 639-1 code, lower-case.</summary>
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

    /// <summary>The base code of a language tag, lower-case ("en" for "en-GB").</summary>
    public static string BaseCode(string language)
    {
        var dash = language.IndexOfAny(['-', '_']);
        var code = dash > 0 ? language[..dash] : language;
        return code.Trim().ToLowerInvariant();
    }

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        var assembly = typeof(LanguageProfiles).Assembly;
        const string prefix = "NewsScrub.Languages.";
        var result = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            var language = name[prefix.Length..^4];
            result[language] = ReadWords(assembly, name).ToFrozenSet(StringComparer.Ordinal);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<string> ReadWords(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return word.ToLowerInvariant();
                if (word.Contains('\'', StringComparison.Ordinal))
                {
                    yield return word.Replace('\'', '’').ToLowerInvariant();
                }
            }
        }
    }
}
