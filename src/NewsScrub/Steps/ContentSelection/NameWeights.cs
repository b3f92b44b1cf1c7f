using System.Globalization;
using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>
/// What the words of class and id names say about the text under them, learned from the dev corpora rather than
/// listed by hand: each name word that occurs on enough sites has a weight, the log-odds by which text under an element
/// so named is more (or less) often main content than text in general. Written into the model file with the trees
/// that read it (<c>name-weight WORD WEIGHT</c> lines), so the two are always fitted together. Immutable and
/// thread-safe.
/// </summary>
internal sealed class NameWeights
{
    /// <summary>Longer class names are generated (hashes, serialised state) and carry no shared vocabulary.</summary>
    private const int MaxWordLength = 40;

    /// <summary>The words in ordinal order, each weighing the <see cref="values"/> entry of its index.</summary>
    private readonly string[] words;

    private readonly float[] values;

    /// <summary>
    /// Each word's index, looked up by span so no word is allocated to be looked up. A plain dictionary: its span lookup
    /// is a direct call, where a frozen dictionary of strings calls a delegate per lookup, and this runs for every
    /// element of a page.
    /// </summary>
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public NameWeights(IReadOnlyDictionary<string, float> weights)
    {
        words = weights.Keys.Order(StringComparer.Ordinal).ToArray();
        values = words.Select(word => weights[word]).ToArray();
        lookup = words.Select(static (word, index) => KeyValuePair.Create(word, index)).ToDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No words: every element weighs 0.</summary>
    public static NameWeights Empty { get; } = new(new Dictionary<string, float>());

    public int Count => words.Length;

    /// <summary>The words and their weights, in ordinal order (for the model file).</summary>
    public IEnumerable<KeyValuePair<string, float>> Entries => words.Select((word, index) => KeyValuePair.Create(word, values[index]));

    /// <summary>
    /// The words of an element's class and id: each class name (and the id) lower-cased whole, and its parts split at
    /// '-', '_', ':', '.' and lower-to-upper case changes (<c>relatedPosts</c>: related, posts). Words with digits are
    /// left out (generated names), and so is a part equal to its whole name.
    /// </summary>
    public static void WordsOf(string? classes, string? id, HashSet<string> into)
    {
        var sink = new CollectingSink(into);
        VisitWords(classes, ref sink);
        VisitWords(id, ref sink);
    }

    /// <summary>Receives the lower-cased words of a class or id value, one span at a time.</summary>
    private interface IWordSink
    {
        void Take(ReadOnlySpan<char> word);
    }

    private readonly struct CollectingSink(HashSet<string> into) : IWordSink
    {
        public void Take(ReadOnlySpan<char> word) => into.Add(word.ToString());
    }

    private readonly struct LookupSink(NameWeights table, List<int> found) : IWordSink
    {
        public void Take(ReadOnlySpan<char> word)
        {
            if (table.lookup.TryGetValue(word, out var index) && !found.Contains(index))
            {
                found.Add(index);
            }
        }
    }

    /// <summary>The one definition of a name's words (<see cref="WordsOf"/>), for training and run time alike.</summary>
    private static void VisitWords<TSink>(string? value, ref TSink sink)
        where TSink : struct, IWordSink
    {
        if (string.IsNullOrEmpty(value) || value.Length > 1000)
        {
            return;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        foreach (var range in value.AsSpan().Split(' '))
        {
            var name = value.AsSpan()[range].Trim();
            if (name.IsEmpty || name.Length > MaxWordLength)
            {
                continue;
            }

            // Invariant lower-casing maps each character alone, so the parts of the lowered name are the lowered parts.
            var lowered = lower[..name.Length];
            name.ToLowerInvariant(lowered);
            if (Usable(name))
            {
                sink.Take(lowered);
            }

            var start = 0;
            for (var k = 1; k <= name.Length; k++)
            {
                var boundary = k == name.Length || name[k] is '-' or '_' or ':' or '.' || (char.IsUpper(name[k]) && char.IsLower(name[k - 1]));
                if (!boundary)
                {
                    continue;
                }

                if (k - start > 1 && k - start < name.Length && Usable(name[start..k]))
                {
                    sink.Take(lowered[start..k]);
                }

                start = name[k == name.Length ? k - 1 : k] is '-' or '_' or ':' or '.' ? k + 1 : k;
            }
        }
    }

    private static bool Usable(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyInRange('0', '9');

    /// <summary>
    /// The weight of each element's own names: the mean weight of its known words (<see cref="WordsOf"/>, each counted
    /// once), 0 when it has none. Pages repeat the same class and id pairs (menu items, cards), so each pair is weighed once.
    /// With <paramref name="needed"/>, only the elements it marks are weighed (the others weigh 0).
    /// </summary>
    public float[] OwnWeights(IReadOnlyList<DocumentElement> elements, bool[]? needed = null)
    {
        var own = new float[elements.Count];
        if (words.Length == 0)
        {
            return own;
        }

        // Keyed by the class alone: ids are nearly all different, so elements with one are weighed each time. By
        // reference: the walk gives equal class lists of a page one instance, and an equal list in another instance is
        // only weighed again.
        var cache = new Dictionary<string, float>(ReferenceEqualityComparer.Instance);
        var found = new List<int>();
        for (var e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            if ((element.Classes is null && element.Id is null) || (needed is not null && !needed[e]))
            {
                continue;
            }

            if (element.Id is not null || element.Classes is null)
            {
                own[e] = Weigh(element.Classes, element.Id, found);
                continue;
            }

            if (!cache.TryGetValue(element.Classes, out var weight))
            {
                weight = Weigh(element.Classes, null, found);
                if (cache.Count < 4096)
                {
                    cache[element.Classes] = weight;
                }
            }

            own[e] = weight;
        }

        return own;
    }

    /// <summary>The mean weight of the known words of a class and id, each counted once; 0 when none is known.</summary>
    private float Weigh(string? classes, string? id, List<int> found)
    {
        found.Clear();
        var sink = new LookupSink(this, found);
        VisitWords(classes, ref sink);
        VisitWords(id, ref sink);
        double sum = 0;
        foreach (var word in found)
        {
            sum += values[word];
        }

        return found.Count == 0 ? 0 : (float)(sum / found.Count);
    }

    /// <summary>Reads a <c>name-weight WORD WEIGHT</c> line's value part.</summary>
    public static KeyValuePair<string, float> ParseEntry(string rest)
    {
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            throw new FormatException("A name-weight line needs a word and a weight.");
        }

        return new(rest[..space], float.Parse(rest[(space + 1)..], CultureInfo.InvariantCulture));
    }
}
