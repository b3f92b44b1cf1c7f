using System.Text;

namespace NewsScrub.Steps;

/// <summary>A line cut into match words: lower-case, apostrophes unified, each run of digits folded to <c>#</c>.</summary>
internal readonly struct PhraseWords
{
    private readonly string[] words;
    private readonly int[] ends;

    private PhraseWords(string[] words, int[] ends)
    {
        this.words = words;
        this.ends = ends;
    }

    public int Count => words.Length;

    public string this[int index] => words[index];

    /// <summary>The character offset just after word <paramref name="index"/> in the source text.</summary>
    public int EndOf(int index) => ends[index];

    /// <summary>Cuts at most <paramref name="maxWords"/> + 1 words (enough to know a line is longer than the limit).</summary>
    public static PhraseWords Of(string text, int maxWords = int.MaxValue)
    {
        var words = new List<string>();
        var ends = new List<int>();
        var i = 0;
        var builder = new StringBuilder();
        while (i < text.Length && words.Count <= maxWords)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            builder.Clear();
            var allDigits = true;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && builder.Length > 0)))
            {
                var c = text[i];
                allDigits &= char.IsDigit(c);
                builder.Append(IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c));
                i++;
            }

            words.Add(allDigits ? "#" : builder.ToString());
            ends.Add(i);
        }

        return new PhraseWords([.. words], [.. ends]);
    }

    public string Join(int start, int count) => string.Join(' ', words, start, count);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
