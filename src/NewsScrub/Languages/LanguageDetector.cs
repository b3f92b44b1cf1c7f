namespace NewsScrub.Languages;

/// <summary>
/// Guesses the language of a text from its stopwords: the profile whose function words occur most often
/// wins, if it is clearly ahead. Cheap, deterministic and good enough for news prose in the profiled languages.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Only the start of a long text is read: a few thousand words decide any language here.</summary>
    private const int MaxCharacters = 64 * 1024;

    private const int MinimumHits = 3;

    private const double MinimumDensity = 0.12;

    /// <summary>Returns an ISO 639-1 code, or <see langword="null"/> when no profile is clearly ahead.</summary>
    public static string? Detect(IEnumerable<string> texts)
    {
        var profiles = LanguageProfiles.Stopwords;
        var languages = profiles.Keys.ToArray();
        var lookups = languages.Select(language => profiles[language].GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        var state = (Hits: new int[languages.Length], Lookups: lookups, Words: 0);
        var read = 0;
        foreach (var text in texts)
        {
            WordScanner.ForEachWord(text, ref state, static (word, ref s) =>
            {
                s.Words++;
                if (word.IsEmpty)
                {
                    return;
                }

                for (var i = 0; i < s.Lookups.Length; i++)
                {
                    if (s.Lookups[i].Contains(word))
                    {
                        s.Hits[i]++;
                    }
                }
            });
            read += text.Length;
            if (read > MaxCharacters)
            {
                break;
            }
        }

        var best = -1;
        var second = 0;
        for (var i = 0; i < languages.Length; i++)
        {
            if (best < 0 || state.Hits[i] > state.Hits[best])
            {
                if (best >= 0)
                {
                    second = Math.Max(second, state.Hits[best]);
                }

                best = i;
            }
            else
            {
                second = Math.Max(second, state.Hits[i]);
            }
        }

        // Prose in a profiled language is a fifth or more function words; a language without a profile
        // matches a few short words of several profiles by chance.
        if (best < 0 || state.Hits[best] < MinimumHits || state.Hits[best] < second * 1.15 || state.Hits[best] < state.Words * MinimumDensity)
        {
            return null;
        }

        return languages[best];
    }
}
