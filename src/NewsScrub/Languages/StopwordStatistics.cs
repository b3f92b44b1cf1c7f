using System.Collections.Frozen;

namespace NewsScrub.Languages;

/// <summary>Word and stopword counts of a text.</summary>
internal readonly record struct StopwordStatistics(int Words, int Stopwords)
{
    /// <summary>Stopwords per word, 0 for no words.</summary>
    public double Density => Words == 0 ? 0 : (double)Stopwords / Words;

    /// <summary>A block's density is read from its first characters: a few hundred words say all there is to say.</summary>
    private const int SampleLength = 1500;

    public static StopwordStatistics Of(string text, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopwords)
    {
        var state = (Words: 0, Stopwords: 0, Lookup: stopwords);
        WordScanner.ForEachWord(text, ref state, static (word, ref s) =>
        {
            s.Words++;
            if (!word.IsEmpty && s.Lookup.Contains(word))
            {
                s.Stopwords++;
            }
        }, SampleLength);
        return new StopwordStatistics(state.Words, state.Stopwords);
    }
}
