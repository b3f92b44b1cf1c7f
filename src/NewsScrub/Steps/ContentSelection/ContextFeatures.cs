using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>
/// The second look: what the first model thinks of a segment's surroundings. A segment whose neighbours and
/// containers the first model finds to be content is more likely content itself (a short line inside the article), and
/// a prose-like block far from everything else (a teaser, a stray blurb) less. These columns follow the
/// <see cref="BlockFeatures"/> columns in the second model's rows. Built once per document from the first stage's
/// scores; writing a row is then constant work.
/// </summary>
internal sealed class ContextFeatures
{
    private const int Levels = 4;

    private readonly ScrubDocument document;
    private readonly double[] p;
    private readonly double[] prefix;
    private readonly double[] rank;
    private readonly int[] before;
    private readonly int[] after;
    private readonly double[] subtreeMass;
    private readonly double[] subtreeWords;
    private readonly double mass;
    private readonly double massShare;
    private readonly double max;
    private readonly double keptShare;

    public ContextFeatures(ScrubDocument document, PageEvidence evidence, double[] firstStage)
    {
        this.document = document;
        var segments = document.Segments;
        var elements = document.Elements;
        var n = segments.Count;
        p = new double[n];
        var weight = new double[n];
        double total = 0;
        int candidates = 0, kept = 0;
        for (var i = 0; i < n; i++)
        {
            p[i] = segments[i].IsCandidate && !double.IsNaN(firstStage[i]) ? 1 / (1 + Math.Exp(-firstStage[i])) : 0;
            weight[i] = Math.Max(1, evidence.Measures[i].Words);
            mass += p[i] * weight[i];
            total += weight[i];
            max = Math.Max(max, p[i]);
            candidates += segments[i].IsCandidate ? 1 : 0;
            kept += p[i] >= 0.5 ? 1 : 0;
        }

        massShare = total == 0 ? 0 : mass / total;
        keptShare = candidates == 0 ? 0 : (double)kept / candidates;

        // Subtree sums of p·words and words.
        subtreeMass = new double[elements.Count];
        subtreeWords = new double[elements.Count];
        for (var i = 0; i < n; i++)
        {
            subtreeMass[segments[i].Owner] += p[i] * weight[i];
            subtreeWords[segments[i].Owner] += weight[i];
        }

        for (var e = elements.Count - 1; e > 0; e--)
        {
            subtreeMass[elements[e].Parent] += subtreeMass[e];
            subtreeWords[elements[e].Parent] += subtreeWords[e];
        }

        // Ranks among candidates, and the distance to the nearest likely content on each side.
        var order = new List<int>(candidates);
        for (var i = 0; i < n; i++)
        {
            if (segments[i].IsCandidate)
            {
                order.Add(i);
            }
        }

        order.Sort((a, b) => p[a] != p[b] ? p[a].CompareTo(p[b]) : a.CompareTo(b));
        rank = new double[n];
        for (var k = 0; k < order.Count; k++)
        {
            rank[order[k]] = order.Count <= 1 ? 1 : (double)k / (order.Count - 1);
        }

        before = new int[n];
        after = new int[n];
        var last = -1;
        for (var i = 0; i < n; i++)
        {
            before[i] = last < 0 ? n : i - last;
            last = p[i] >= 0.5 ? i : last;
        }

        last = -1;
        for (var i = n - 1; i >= 0; i--)
        {
            after[i] = last < 0 ? n : last - i;
            last = p[i] >= 0.5 ? i : last;
        }

        prefix = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + p[i];
        }
    }

    public static IReadOnlyList<string> Names { get; } = BuildNames();

    public static int Count => Names.Count;

    private static string[] BuildNames()
    {
        var names = new List<string>
        {
            "p_self", "p_rank", "p_window1", "p_window3", "p_window8", "p_max_before3", "p_max_after3",
            "p_distance_before", "p_distance_after", "page_p_mass_share", "page_p_max", "page_p_kept_share",
        };
        for (var level = 0; level < Levels; level++)
        {
            names.Add($"ancestor{level}_p_mean");
            names.Add($"ancestor{level}_p_mass_share");
        }

        return names.ToArray();
    }

    /// <summary>Writes the context columns (after the <see cref="BlockFeatures"/> ones) of every row.</summary>
    public void Write(FeatureRows rows)
    {
        var offset = BlockFeatures.Count;
        var segments = document.Segments;
        var elements = document.Elements;
        for (var r = 0; r < rows.Count; r++)
        {
            var i = rows.Segments[r];
            var row = rows.Row(r).Slice(offset, Count);
            var c = 0;
            row[c++] = (float)p[i];
            row[c++] = (float)rank[i];
            row[c++] = (float)WindowMean(i, 1);
            row[c++] = (float)WindowMean(i, 3);
            row[c++] = (float)WindowMean(i, 8);
            row[c++] = (float)MaxOf(i - 3, i - 1);
            row[c++] = (float)MaxOf(i + 1, i + 3);
            row[c++] = (float)Math.Log(1 + before[i]);
            row[c++] = (float)Math.Log(1 + after[i]);
            row[c++] = (float)massShare;
            row[c++] = (float)max;
            row[c++] = (float)keptShare;
            var ancestor = segments[i].Owner;
            for (var level = 0; level < Levels; level++)
            {
                row[c++] = (float)(subtreeWords[ancestor] == 0 ? 0 : subtreeMass[ancestor] / subtreeWords[ancestor]);
                row[c++] = (float)(mass == 0 ? 0 : subtreeMass[ancestor] / mass);
                ancestor = Math.Max(0, elements[ancestor].Parent);
            }
        }
    }

    private double WindowMean(int i, int radius)
    {
        var from = Math.Max(0, i - radius);
        var to = Math.Min(p.Length - 1, i + radius);
        var count = to - from;
        return count <= 0 ? 0 : (prefix[to + 1] - prefix[from] - p[i]) / count;
    }

    private double MaxOf(int from, int to)
    {
        var result = 0.0;
        for (var k = Math.Max(0, from); k <= Math.Min(p.Length - 1, to); k++)
        {
            result = Math.Max(result, p[k]);
        }

        return result;
    }
}
