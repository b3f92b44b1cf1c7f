using System.Collections.Frozen;

namespace NewsScrub.Languages;

/// <summary>
/// Guesses the language of a text from its stopwords: the profile whose function words occur most often
/// wins, if it is clearly ahead. Cheap, deterministic and good enough for news prose in the profiled languages.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Only the start of a long text is read: a few thousand words decide any language here.</summary>
    private const int MaxCharacters = 16 * 1024;

    private const int MinimumHits = 3;

    /// <summary>No profile has a longer stopword ("aujourd'hui"); longer words need no lookup.</summary>
    private const int MaxStopwordLength = 12;

    /// <summary>Prose in a profiled language is a fifth or more function words; a language without a profile
    /// matches a few short words of several profiles by chance.</summary>
    private const double MinimumDensity = 0.12;

    private static readonly Lazy<(string[] Languages, FrozenDictionary<string, int> Masks)> LazyIndex = new(BuildIndex);

    /// <summary>Returns an ISO 639-1 code, or <see langword="null"/> when no profile is clearly ahead.</summary>
    public static string? Detect(IEnumerable<string> texts)
    {
        var (languages, masks) = LazyIndex.Value;
        var state = (Hits: new int[languages.Length], Lookup: masks.GetAlternateLookup<ReadOnlySpan<char>>(), Words: 0);
        var read = 0;
        foreach (var text in texts)
        {
            WordScanner.ForEachWord(text, ref state, static (word, ref s) =>
            {
                s.Words++;
                if (word.IsEmpty || word.Length > MaxStopwordLength || !s.Lookup.TryGetValue(word, out var mask))
                {
                    return;
                }

                for (var i = 0; mask != 0; i++, mask >>= 1)
                {
                    s.Hits[i] += mask & 1;
                }
            });
            read += text.Length;
            if (read > MaxCharacters)
            {
                break;
            }
        }

        var best = 0;
        for (var i = 1; i < languages.Length; i++)
        {
            best = state.Hits[i] > state.Hits[best] ? i : best;
        }

        var second = 0;
        for (var i = 0; i < languages.Length; i++)
        {
            second = i != best ? Math.Max(second, state.Hits[i]) : second;
        }

        var hits = state.Hits.Length == 0 ? 0 : state.Hits[best];
        if (hits < MinimumHits || hits < second * 1.15 || hits < state.Words * MinimumDensity)
        {
            return null;
        }

        return languages[best];
    }

    /// <summary>One lookup per word: each stopword maps to the set of languages (a bit mask) whose profile holds it.</summary>
    private static (string[] Languages, FrozenDictionary<string, int> Masks) BuildIndex()
    {
        var languages = LanguageProfiles.Stopwords.Keys.Order(StringComparer.Ordinal).ToArray();
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < languages.Length; i++)
        {
            foreach (var word in LanguageProfiles.Stopwords[languages[i]])
            {
                masks[word] = masks.GetValueOrDefault(word) | (1 << i);
            }
        }

        return (languages, masks.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
