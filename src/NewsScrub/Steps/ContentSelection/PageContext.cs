using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>Document-wide facts the block features look up: running sums, the headline's place, repeated texts and shapes.</summary>
internal sealed class PageContext
{
    private readonly Dictionary<string, int> textCounts = new(StringComparer.Ordinal);
    private readonly int[] shapeCounts;
    private readonly int[] shapeOf;
    private readonly sbyte[] structuredMatch;

    public PageContext(ScrubDocument document, PageEvidence evidence, NameWeights names)
    {
        Document = document;
        Evidence = evidence;
        UseNameWeights(names);
        var segments = document.Segments;
        CharactersBefore = new int[segments.Count];
        ProseBefore = new int[segments.Count];
        var characters = 0;
        var prose = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            CharactersBefore[i] = characters;
            ProseBefore[i] = prose;
            characters += segment.Text.Length;
            prose += evidence.IsProse[i] ? segment.Text.Length - segment.LinkCharacters : 0;
            if (TitleIndex < 0 && (segment.RepeatsTitle || (segment.IsRemoved && segment.Category == RemovalCategory.Title)))
            {
                TitleIndex = i;
            }

            if (CommentsIndex < 0 && segment.IsRemoved && segment.Category == RemovalCategory.Comments && prose * 2 >= evidence.TotalProse)
            {
                CommentsIndex = i;
            }

            if (segment.Text.Length <= 200)
            {
                textCounts[segment.Text] = textCounts.GetValueOrDefault(segment.Text) + 1;
            }
        }

        TotalCharacters = characters;
        (shapeOf, shapeCounts) = CountShapes(document.Elements);
        structuredMatch = MatchStructuredBody(document, evidence);

        // Repeated shapes (cards, posts, list items) and how much of the page's prose they hold together.
        var shapeProse = new int[shapeCounts.Length];
        for (var e = 1; e < document.Elements.Count; e++)
        {
            if (shapeCounts[shapeOf[e]] >= 3)
            {
                shapeProse[shapeOf[e]] += evidence.ProseCharacters[e];
            }
        }

        LargestRepeatedProseShare = shapeProse.Length == 0 ? 0 : (double)shapeProse.Max() / evidence.TotalProse;
        for (var i = 0; i < segments.Count; i++)
        {
            if (evidence.IsProse[i])
            {
                ProseSegments++;
                LongProseSegments += segments[i].Text.Length >= 400 ? 1 : 0;
                LongestProse = Math.Max(LongestProse, segments[i].Text.Length);
            }
        }
    }

    /// <summary>The share of the page's prose held by its largest group of same-shaped siblings (three or more).</summary>
    public double LargestRepeatedProseShare { get; }

    public int ProseSegments { get; }

    public int LongProseSegments { get; }

    public int LongestProse { get; }

    /// <summary>Per element: the learned weight of the nearest element (itself or an ancestor) whose names have one.</summary>
    public float[] NameWeightNearest { get; private set; } = [];

    /// <summary>Per element: the lowest and highest learned name weight of it and its ancestors (0 when none is below or above 0).</summary>
    public float[] NameWeightMin { get; private set; } = [];

    public float[] NameWeightMax { get; private set; } = [];

    /// <summary>Per element: the sum of the learned name weights of it and its ancestors.</summary>
    public float[] NameWeightSum { get; private set; } = [];

    /// <summary>Computes the name-weight columns' inputs from a table (the training tool calls it again with each fold's table).</summary>
    internal void UseNameWeights(NameWeights names)
    {
        var elements = Document.Elements;
        var own = names.OwnWeights(elements, HoldingSegments(Document));
        NameWeightNearest = new float[elements.Count];
        NameWeightMin = new float[elements.Count];
        NameWeightMax = new float[elements.Count];
        NameWeightSum = new float[elements.Count];
        for (var e = 0; e < elements.Count; e++)
        {
            var parent = elements[e].Parent;
            var (nearest, min, max, sum) = parent >= 0 && parent < e
                ? (NameWeightNearest[parent], NameWeightMin[parent], NameWeightMax[parent], NameWeightSum[parent])
                : (0f, 0f, 0f, 0f);
            NameWeightNearest[e] = own[e] != 0 ? own[e] : nearest;
            NameWeightMin[e] = Math.Min(min, own[e]);
            NameWeightMax[e] = Math.Max(max, own[e]);
            NameWeightSum[e] = sum + own[e];
        }
    }

    /// <summary>
    /// The elements that own a segment or hold one below them: the columns read only those elements' values, so a
    /// page's other elements (icons, images, empty wrappers) need no lookup.
    /// </summary>
    private static bool[] HoldingSegments(ScrubDocument document)
    {
        var elements = document.Elements;
        var holding = new bool[elements.Count];
        foreach (var segment in document.Segments)
        {
            // Stops at the first element already marked, so each element is visited once in all.
            for (var e = segment.Owner; e >= 0 && e < holding.Length && !holding[e]; e = elements[e].Parent)
            {
                holding[e] = true;
            }
        }

        return holding;
    }

    public ScrubDocument Document { get; }

    public PageEvidence Evidence { get; }

    public int[] CharactersBefore { get; }

    public int[] ProseBefore { get; }

    public int TotalCharacters { get; }

    /// <summary>The first segment that repeats the headline, or -1.</summary>
    public int TitleIndex { get; } = -1;

    /// <summary>The comments heading that follows most of the prose, or -1.</summary>
    public int CommentsIndex { get; } = -1;

    /// <summary>How many times the text occurs on the page (1 for long texts, which are not counted).</summary>
    public int TextCount(string text) => text.Length <= 200 ? Math.Max(1, textCounts.GetValueOrDefault(text)) : 1;

    /// <summary>How many children of the element's parent share its tag and class (cards, list items, posts).</summary>
    public int SameShape(int element) => element == 0 ? 0 : shapeCounts[shapeOf[element]];

    /// <summary>1 when the page's structured body contains the text, 0 when it does not, -1 when that says nothing.</summary>
    public int StructuredBodyMatch(int index) => structuredMatch[index];

    /// <summary>Prose characters within <paramref name="radius"/> segments either side.</summary>
    public int WindowProse(int index, int radius)
    {
        var segments = Document.Segments;
        var sum = 0;
        for (var k = Math.Max(0, index - radius); k <= Math.Min(segments.Count - 1, index + radius); k++)
        {
            if (k != index && Evidence.IsProse[k])
            {
                sum += segments[k].Text.Length;
            }
        }

        return sum;
    }

    /// <summary>Segments within <paramref name="radius"/> either side that an earlier step removed.</summary>
    public int WindowRemoved(int index, int radius)
    {
        var segments = Document.Segments;
        var count = 0;
        for (var k = Math.Max(0, index - radius); k <= Math.Min(segments.Count - 1, index + radius); k++)
        {
            count += k != index && segments[k].IsRemoved ? 1 : 0;
        }

        return count;
    }

    /// <summary>Distinct shapes a parent's children are compared with one by one before a hash lookup takes over.</summary>
    private const int ShapesScanned = 16;

    /// <summary>
    /// Groups each parent's children by tag and class. Most parents have a few kinds of child, so an element is compared
    /// with the first element of each kind its parent has so far, without hashing its class string; past
    /// <see cref="ShapesScanned"/> kinds, a dictionary finds the rest, so the time stays linear in the page.
    /// </summary>
    private static (int[] ShapeOf, int[] Counts) CountShapes(List<DocumentElement> elements)
    {
        var shapeOf = new int[elements.Count];
        var counts = new List<int>(elements.Count) { 0 };
        var first = new List<int>(elements.Count) { 0 };
        var next = new List<int>(elements.Count) { -1 };
        var chain = new int[elements.Count];
        var kinds = new int[elements.Count];
        Dictionary<(int Parent, string Tag, string Classes), int>? more = null;
        for (var e = 1; e < elements.Count; e++)
        {
            var element = elements[e];
            var parent = element.Parent;
            var inRange = parent >= 0 && parent < elements.Count;
            var id = inRange ? Scan(parent, element) : -1;
            if (id < 0 && (!inRange || kinds[parent] >= ShapesScanned))
            {
                more ??= [];
                var key = (parent, element.Tag, element.Classes ?? string.Empty);
                if (!more.TryGetValue(key, out id))
                {
                    id = counts.Count;
                    more[key] = id;
                    counts.Add(0);
                    first.Add(e);
                    next.Add(-1);
                }
            }
            else if (id < 0)
            {
                // Newest first in the parent's chain: it is only ever read whole.
                id = counts.Count;
                counts.Add(0);
                first.Add(e);
                next.Add(chain[parent] - 1);
                chain[parent] = id + 1;
                kinds[parent]++;
            }

            shapeOf[e] = id;
            counts[id]++;
        }

        return (shapeOf, counts.ToArray());

        // The shape among the parent's first kinds that the element has, or -1.
        int Scan(int parent, DocumentElement element)
        {
            for (var id = chain[parent] - 1; id >= 0; id = next[id])
            {
                var other = elements[first[id]];
                if (string.Equals(other.Tag, element.Tag, StringComparison.Ordinal)
                    && string.Equals(other.Classes ?? string.Empty, element.Classes ?? string.Empty, StringComparison.Ordinal))
                {
                    return id;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// Which segments the structured body holds, by shared word 3-grams (hashed, so the cost is linear in the page and
    /// the body whatever their sizes).
    /// </summary>
    private static sbyte[] MatchStructuredBody(ScrubDocument document, PageEvidence evidence)
    {
        var segments = document.Segments;
        var match = new sbyte[segments.Count];
        Array.Fill(match, (sbyte)-1);
        if (document.StructuredBody is not { Length: >= 200 } body)
        {
            return match;
        }

        var shingles = new HashSet<long>();
        foreach (var shingle in WordShingles.Of(body))
        {
            shingles.Add(shingle);
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var text = segments[i].Text;
            if (text.Length < 30 || evidence.Measures[i].Words < 5)
            {
                continue;
            }

            var total = 0;
            var found = 0;
            foreach (var shingle in WordShingles.Of(text))
            {
                total++;
                found += shingles.Contains(shingle) ? 1 : 0;
            }

            match[i] = total > 0 && found * 2 >= total ? (sbyte)1 : (sbyte)0;
        }

        return match;
    }
}
