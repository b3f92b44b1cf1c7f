using System.Collections.Frozen;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>What one pass over a segment's text tells: words, stopwords, sentence marks, digits, capitals.</summary>
internal readonly record struct TextMeasures(int Length, int Words, int Stopwords, int SampledWords, int SentenceMarks, int Commas, int Digits, int CapitalisedWords, int LongWords, bool EndsSentence)
{
    /// <summary>Stopwords are looked up in the first characters only: the density is settled by then.</summary>
    private const int SampleLength = 1500;

    /// <summary>Longer words are not stopwords in any language.</summary>
    private const int MaxLookupLength = 32;

    /// <summary>The share of the sampled words that are stopwords.</summary>
    public double StopwordDensity => SampledWords == 0 ? 0 : (double)Stopwords / SampledWords;

    /// <summary>
    /// Measures a text in one pass. Words are runs of letters and digits with inner apostrophes, as
    /// <see cref="Languages.WordScanner"/> counts them; stopwords are looked up lower-cased, with typographic apostrophes
    /// folded to ASCII ones.
    /// </summary>
    public static TextMeasures Of(string text, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopwords)
    {
        Span<char> word = stackalloc char[MaxLookupLength];
        int words = 0, sampled = 0, stop = 0, longWords = 0, capitalised = 0, marks = 0, commas = 0, digits = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is ',' or '，' or '、')
                {
                    commas++;
                }
                else if (TextShape.IsTerminalPunctuation(c) && c != ';' && (i + 1 == text.Length || text[i + 1] is ' ' or '"' or '”' or '’' or ')' or '»' || TextShape.IsCjk(c)))
                {
                    marks++;
                }

                i++;
                continue;
            }

            var start = i;
            var length = 0;
            capitalised += char.IsUpper(c) ? 1 : 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                var ch = text[i];
                digits += char.IsAsciiDigit(ch) ? 1 : 0;
                if (length < MaxLookupLength)
                {
                    word[length] = ch == '’' ? '\'' : FastCase.ToLower(ch);
                }

                length++;
                i++;
            }

            words++;
            if (start < SampleLength)
            {
                sampled++;
                longWords += length >= 7 ? 1 : 0;
                stop += length <= MaxLookupLength && stopwords.Contains(word[..length]) ? 1 : 0;
            }
        }

        return new TextMeasures(text.Length, words, stop, sampled, marks, commas, digits, capitalised, longWords, TextShape.EndsSentence(text));
    }
}
