using System.Collections.Frozen;
using System.Reflection;

namespace NewsScrub.Steps;

/// <summary>
/// The boilerplate phrases of all languages, compiled once for matching by words. Immutable and thread-safe.
/// Built-in phrases are data: <c>Steps/Boilerplate/Phrases/&lt;language&gt;.txt</c>.
/// </summary>
internal sealed class PhraseCatalog
{
    private const int MaxLabelWords = 6;

    private static readonly Lazy<IReadOnlyList<BoilerplatePhrase>> LazyBuiltIn = new(LoadBuiltIn);

    private readonly FrozenDictionary<string, BoilerplatePhrase> lines;
    private readonly FrozenDictionary<string, BoilerplatePhrase> labels;
    private readonly FrozenDictionary<string, BoilerplatePhrase[]> partialsByFirstWord;
    private readonly FrozenDictionary<BoilerplatePhrase, string[]> partialWords;

    public PhraseCatalog(BoilerplateOptions options)
    {
        MaxWordsForPartialMatch = options.MaxWordsForPartialMatch;
        var removed = options.RemovedPhrases.Select(Key).ToHashSet(StringComparer.Ordinal);
        var phrases = (options.UseBuiltInPhrases ? BuiltIn : []).Where(phrase => !removed.Contains(Key(phrase.Text))).Concat(options.AddedPhrases).ToArray();

        var lineMap = new Dictionary<string, BoilerplatePhrase>(StringComparer.Ordinal);
        var labelMap = new Dictionary<string, BoilerplatePhrase>(StringComparer.Ordinal);
        var partials = new List<(string[] Words, BoilerplatePhrase Phrase)>();
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
                    partials.Add((key.Split(' '), phrase));
                    break;
            }
        }

        lines = lineMap.ToFrozenDictionary(StringComparer.Ordinal);
        labels = labelMap.ToFrozenDictionary(StringComparer.Ordinal);
        partialsByFirstWord = partials.GroupBy(static p => p.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(static g => g.Key, static g => g.Select(static p => p.Phrase).ToArray(), StringComparer.Ordinal);
        partialWords = partials.ToFrozenDictionary(static p => p.Phrase, static p => p.Words);
    }

    /// <summary>The built-in phrases of every language.</summary>
    public static IReadOnlyList<BoilerplatePhrase> BuiltIn => LazyBuiltIn.Value;

    public int MaxWordsForPartialMatch { get; }

    /// <summary>The normalised form phrases and lines are compared in.</summary>
    public static string Key(string text)
    {
        var words = PhraseWords.Of(text);
        return words.Join(0, words.Count);
    }

    /// <summary>
    /// Finds the phrase that names <paramref name="text"/> as boilerplate, preferring whole-line matches, then labels,
    /// then partial matches in <paramref name="language"/> (or language-neutral ones).
    /// </summary>
    public PhraseHit? Match(string text, string? language)
    {
        var words = PhraseWords.Of(text, Math.Max(MaxWordsForPartialMatch, 40));
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count <= 12 && lines.TryGetValue(words.Join(0, words.Count), out var whole))
        {
            return new PhraseHit(whole, words.Count, text.Length);
        }

        for (var count = Math.Min(MaxLabelWords, words.Count - 1); count >= 1; count--)
        {
            if (labels.TryGetValue(words.Join(0, count), out var label) && IsLabelEnd(text, words.EndOf(count - 1)))
            {
                return new PhraseHit(label, count, words.EndOf(count - 1));
            }
        }

        if (words.Count > MaxWordsForPartialMatch)
        {
            return null;
        }

        for (var start = 0; start < words.Count; start++)
        {
            if (!partialsByFirstWord.TryGetValue(words[start], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (phrase.Match == PhraseMatch.Prefix && start > 0)
                {
                    continue;
                }

                if (phrase.Language is not null && phrase.Language != language && phrase.Language != "en")
                {
                    continue;
                }

                var phraseWords = partialWords[phrase];
                if (start + phraseWords.Length > words.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 1; k < phraseWords.Length && matches; k++)
                {
                    matches = words[start + k] == phraseWords[k];
                }

                if (matches)
                {
                    return new PhraseHit(phrase, phraseWords.Length, words.EndOf(start + phraseWords.Length - 1));
                }
            }
        }

        return null;
    }

    /// <summary>Whether the label ending at <paramref name="end"/> is followed by a colon (the "Label: content" form).</summary>
    private static bool IsLabelEnd(string text, int end)
    {
        for (var i = end; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ':' or '：' or '|')
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

    private static List<BoilerplatePhrase> LoadBuiltIn()
    {
        var assembly = typeof(PhraseCatalog).Assembly;
        const string prefix = "NewsScrub.Phrases.";
        var phrases = new List<BoilerplatePhrase>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                phrases.AddRange(Parse(assembly, name, name[prefix.Length..^4]));
            }
        }

        return phrases;
    }

    private static IEnumerable<BoilerplatePhrase> Parse(Assembly assembly, string resource, string language)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var category = RemovalCategory.Other;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                category = ParseCategory(line[1..^1]);
                continue;
            }

            var match = PhraseMatch.Line;
            foreach (var (marker, kind) in Markers)
            {
                if (line.StartsWith(marker, StringComparison.Ordinal))
                {
                    match = kind;
                    line = line[marker.Length..].Trim();
                    break;
                }
            }

            yield return new BoilerplatePhrase(line, category, match, language);
        }
    }

    private static readonly (string Marker, PhraseMatch Match)[] Markers =
        [("label:", PhraseMatch.Label), ("starts:", PhraseMatch.Prefix), ("contains:", PhraseMatch.Contains)];

    private static RemovalCategory ParseCategory(string name) => name switch
    {
        "advertisement" => RemovalCategory.Advertisement,
        "related" => RemovalCategory.RelatedLink,
        "newsletter" => RemovalCategory.Newsletter,
        "app" => RemovalCategory.AppPromotion,
        "share" => RemovalCategory.ShareFollow,
        "byline" => RemovalCategory.Byline,
        "timestamp" => RemovalCategory.Timestamp,
        "credit" => RemovalCategory.PhotoCredit,
        "tags" => RemovalCategory.Tags,
        "cookie" => RemovalCategory.CookieNotice,
        "navigation" => RemovalCategory.Navigation,
        "other" => RemovalCategory.Other,
        "comments" => RemovalCategory.Comments,
        _ => throw new InvalidDataException($"Unknown phrase category [{name}]."),
    };
}

/// <summary>A phrase found in a line: the phrase, how many words it covered, and where it ended.</summary>
internal readonly record struct PhraseHit(BoilerplatePhrase Phrase, int Words, int End)
{
    public RemovalCategory Category => Phrase.Category;
}
