using System.Collections.Frozen;

namespace NewsScrub.Steps;

/// <summary>
/// The boilerplate phrases of all languages, compiled once for matching by words. Immutable and thread-safe.
/// Built-in phrases are data: the catalogue sections of each language unit (<c>Languages/Data/&lt;code&gt;.txt</c>).
/// </summary>
internal sealed class PhraseCatalog
{
    private const int MaxLabelWords = 6;

    /// <summary>A label and its colon fit in this many characters.</summary>
    private const int MaxLabelCharacters = 80;

    /// <summary>A caption or credit lead-in and its comma fit in this many characters ("Legenda zdjęcia,").</summary>
    private const int MaxCaptionLeadCharacters = 24;

    private static readonly System.Buffers.SearchValues<char> LabelEnds = System.Buffers.SearchValues.Create(":：|");

    private static readonly Lazy<IReadOnlyList<BoilerplatePhrase>> LazyBuiltIn = new(LoadBuiltIn);

    /// <summary>Only the start of a line is normalised: exact matches need at most 12 words, partial ones MaxWordsForPartialMatch.</summary>
    private const int MaxNormalizedLength = 512;

    private const int MaxNormalizedWords = 64;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> bylineWords;

    private readonly FrozenDictionary<string, BoilerplatePhrase>.AlternateLookup<ReadOnlySpan<char>> lineLookup;
    private readonly FrozenDictionary<string, BoilerplatePhrase>.AlternateLookup<ReadOnlySpan<char>> labelLookup;
    private readonly FrozenDictionary<string, (BoilerplatePhrase Phrase, string Key, int Words)[]>.AlternateLookup<ReadOnlySpan<char>> partialLookup;

    public PhraseCatalog(BoilerplateOptions options)
    {
        MaxWordsForPartialMatch = options.MaxWordsForPartialMatch;
        var removed = options.RemovedPhrases.Select(Key).ToHashSet(StringComparer.Ordinal);
        var phrases = (options.UseBuiltInPhrases ? BuiltIn : []).Where(phrase => !removed.Contains(Key(phrase.Text))).Concat(options.AddedPhrases).ToArray();

        var lineMap = new Dictionary<string, BoilerplatePhrase>(StringComparer.Ordinal);
        var labelMap = new Dictionary<string, BoilerplatePhrase>(StringComparer.Ordinal);
        var partials = new List<(string Key, int Words, BoilerplatePhrase Phrase)>();
        foreach (var phrase in phrases)
        {
            var key = Key(phrase.Text);
            if (key.Length == 0)
            {
                continue;
            }

            switch (phrase.Match)
            {
                case PhraseMatch.Line:
                    lineMap.TryAdd(key, phrase);
                    break;
                case PhraseMatch.Label:
                    labelMap.TryAdd(key, phrase);
                    lineMap.TryAdd(key, phrase);
                    break;
                default:
                    partials.Add((key, key.Count(static c => c == ' ') + 1, phrase));
                    break;
            }
        }

        bylineWords = labelMap.Where(static pair => pair.Value.Category == RemovalCategory.Byline && !pair.Key.Contains(' ', StringComparison.Ordinal))
            .Select(static pair => pair.Key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        lineLookup = lineMap.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        labelLookup = labelMap.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        partialLookup = partials.GroupBy(static p => p.Key.Split(' ')[0], StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.Select(static p => (p.Phrase, p.Key, p.Words)).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in phrases of every language.</summary>
    public static IReadOnlyList<BoilerplatePhrase> BuiltIn => LazyBuiltIn.Value;

    public int MaxWordsForPartialMatch { get; }

    /// <summary>The normalised form phrases and lines are compared in.</summary>
    public static string Key(string text)
    {
        var buffer = new char[(text.Length * 2) + 1];
        var offsets = new int[text.Length + 1];
        var (_, length, _) = Normalize(text, buffer, offsets, new int[offsets.Length], new int[offsets.Length]);
        return new string(buffer, 0, length);
    }

    /// <summary>
    /// Finds the phrase that names <paramref name="text"/> as boilerplate, preferring whole-line matches, then labels,
    /// then partial matches in <paramref name="language"/> (or language-neutral ones). Allocates nothing: the line's
    /// first words are normalised into a stack buffer and looked up as spans.
    /// </summary>
    public PhraseHit? Match(string text, string? language)
    {
        var shape = Shape(text);
        if (shape == LineShape.Prose)
        {
            return null;
        }

        // A long line can only be a label: its first few words are all that is read.
        var maxWords = shape == LineShape.Short ? MaxNormalizedWords : MaxLabelWords + 1;
        Span<char> buffer = stackalloc char[MaxNormalizedLength];
        Span<int> starts = stackalloc int[maxWords];
        Span<int> ends = stackalloc int[maxWords];
        Span<int> sourceEnds = stackalloc int[maxWords];
        var (count, length, complete) = Normalize(text, buffer, starts, ends, sourceEnds);
        if (count == 0)
        {
            return null;
        }

        if (complete && count <= 12 && lineLookup.TryGetValue(buffer[..length], out var whole))
        {
            return new PhraseHit(whole, count, text.Length);
        }

        for (var words = Math.Min(MaxLabelWords, count - 1); words >= 1; words--)
        {
            if (labelLookup.TryGetValue(buffer[..ends[words - 1]], out var label) && IsLabelEnd(text, sourceEnds[words - 1], label.Category is RemovalCategory.Caption or RemovalCategory.PhotoCredit))
            {
                return new PhraseHit(label, words, sourceEnds[words - 1]);
            }
        }

        if (!complete || count > MaxWordsForPartialMatch)
        {
            return null;
        }

        for (var start = 0; start < count; start++)
        {
            if (!partialLookup.TryGetValue(buffer[starts[start]..ends[start]], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, key, words) in candidates)
            {
                if ((phrase.Match == PhraseMatch.Prefix && start > 0) || start + words > count)
                {
                    continue;
                }

                if (phrase.Language is not null && phrase.Language != language && phrase.Language != "en")
                {
                    continue;
                }

                if (buffer[starts[start]..ends[start + words - 1]].SequenceEqual(key))
                {
                    return new PhraseHit(phrase, words, sourceEnds[start + words - 1]);
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> is a one-word byline label ("By", "Par", "Von") in any language.</summary>
    public bool IsBylineWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 16)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            lower[i] = Text.FastCase.ToLower(word[i]);
        }

        return bylineWords.Contains(lower);
    }

    /// <summary>
    /// A long line can only match a label ("See also: …", "Image caption, …"), and a label needs its colon (or a
    /// caption's comma) near the start: most of the article's paragraphs are ruled out here without being read.
    /// </summary>
    private LineShape Shape(string text)
    {
        var limit = Math.Max(MaxWordsForPartialMatch, 12);
        var head = text.AsSpan(0, Math.Min(text.Length, MaxLabelCharacters));
        if (head.Count(' ') < limit && (head.Length == text.Length || text.AsSpan().Count(' ') <= limit))
        {
            return LineShape.Short;
        }

        return head.IndexOfAny(LabelEnds) >= 0 || head[..Math.Min(head.Length, MaxCaptionLeadCharacters)].Contains(',')
            ? LineShape.Long : LineShape.Prose;
    }

    private enum LineShape
    {
        Short,
        Long,
        Prose,
    }

    /// <summary>
    /// Writes the first words of <paramref name="text"/> as match words (lower-case, apostrophes unified, digit runs
    /// as <c>#</c>) separated by single spaces. Returns the word count, the used length, and whether the whole line fit.
    /// </summary>
    private static (int Count, int Length, bool Complete) Normalize(string text, Span<char> buffer, Span<int> starts, Span<int> ends, Span<int> sourceEnds)
    {
        var count = 0;
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            if (count == starts.Length || length + (count > 0 ? 1 : 0) >= buffer.Length)
            {
                return (count, length, false);
            }

            if (count > 0)
            {
                buffer[length++] = ' ';
            }

            var wordStart = length;
            var allDigits = true;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && length > wordStart)))
            {
                if (length == buffer.Length)
                {
                    return (count, wordStart > 0 ? wordStart - 1 : 0, false);
                }

                var c = text[i];
                allDigits &= char.IsDigit(c);
                buffer[length++] = IsApostrophe(c) ? '\'' : Text.FastCase.ToLower(c);
                i++;
            }

            if (allDigits)
            {
                buffer[wordStart] = '#';
                length = wordStart + 1;
            }

            starts[count] = wordStart;
            ends[count] = length;
            sourceEnds[count] = i;
            count++;
        }

        return (count, length, true);
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>
    /// Whether the label ending at <paramref name="end"/> is followed by a colon (the "Label: content" form); caption
    /// and credit lead-ins may end with a comma too ("Image caption, Containers stacked at the port").
    /// </summary>
    private static bool IsLabelEnd(string text, int end, bool commaEnds)
    {
        for (var i = end; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ':' or '：' or '|' || (commaEnds && c == ','))
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return false;
    }

    private static BoilerplatePhrase[] LoadBuiltIn() => Languages.LanguageCatalog.All.SelectMany(static unit => unit.Phrases).ToArray();
}

/// <summary>A phrase found in a line: the phrase, how many words it covered, and where it ended.</summary>
internal readonly record struct PhraseHit(BoilerplatePhrase Phrase, int Words, int End)
{
    public RemovalCategory Category => Phrase.Category;
}
