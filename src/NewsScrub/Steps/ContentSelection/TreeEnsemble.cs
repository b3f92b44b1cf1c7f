using System.Globalization;

namespace NewsScrub.Steps;

/// <summary>
/// A gradient-boosted ensemble of regression trees, one stage of the <see cref="ContentModel"/>: the sum of one leaf
/// per tree plus a bias is a log-odds that the block is content. Thread-safe, and its trees never change: once it has
/// scored enough rows it compiles them to code (TreeEnsemble.Compiled.cs), which gives the same sums. Scoring allocates
/// nothing; compiling allocates once.
/// </summary>
internal sealed partial class TreeEnsemble
{
    // Nodes of all trees in one array; a child is a node index, or ~i for leaves[i]; a tree's root likewise.
    private readonly Node[] nodes;
    private readonly float[] leaves;
    private readonly int[] roots;

    private TreeEnsemble(IReadOnlyList<string> features, double bias, List<Tree> trees)
    {
        Features = features;
        Bias = bias;
        nodes = new Node[trees.Sum(static tree => tree.Feature.Length)];
        leaves = new float[trees.Sum(static tree => tree.Leaves.Length)];
        roots = new int[trees.Count];
        int n = 0, l = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            int Global(int child) => child >= 0 ? n + child : ~(l + ~child);
            roots[t] = tree.Feature.Length == 0 ? ~l : n;
            for (var k = 0; k < tree.Feature.Length; k++)
            {
                nodes[n + k] = new Node(tree.Feature[k], tree.Threshold[k], Global(tree.Left[k]), Global(tree.Right[k]));
            }

            tree.Leaves.CopyTo(leaves, l);
            n += tree.Feature.Length;
            l += tree.Leaves.Length;
        }
    }

    /// <summary>The feature names the model was trained on, in column order.</summary>
    public IReadOnlyList<string> Features { get; }

    public double Bias { get; }

    public int TreeCount => roots.Length;

    /// <summary>The log-odds that the block described by <paramref name="row"/> is content.</summary>
    public double Score(ReadOnlySpan<float> row)
    {
        var sum = Bias;
        var all = nodes;
        foreach (var root in roots)
        {
            var at = root;
            while (at >= 0)
            {
                ref readonly var node = ref all[at];
                at = row[node.Feature] <= node.Threshold ? node.Left : node.Right;
            }

            sum += leaves[~at];
        }

        return sum;
    }

    /// <summary>
    /// Writes the log-odds of every row to <paramref name="scores"/> (indexed by the rows' segments), tree by tree (eight
    /// trees at a time once compiled): one tree's nodes stay in the cache while all rows go through it.
    /// </summary>
    public void Score(FeatureRows rows, double[] scores)
    {
        if (rows.Stride >= Features.Count && CompiledFor(rows.Count) is { } blocks)
        {
            ScoreCompiled(blocks, rows, scores);
        }
        else
        {
            Walk(rows, scores);
        }
    }

    /// <summary>As <see cref="Score(FeatureRows, double[])"/>, walking the nodes (the reference the compiled trees must match).</summary>
    internal void Walk(FeatureRows rows, double[] scores)
    {
        var segments = StartAtBias(rows, scores);
        var values = rows.Values;
        var stride = rows.Stride;
        var all = nodes;
        foreach (var root in roots)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var at = root;
                var offset = r * stride;
                while (at >= 0)
                {
                    ref readonly var node = ref all[at];
                    at = values[offset + node.Feature] <= node.Threshold ? node.Left : node.Right;
                }

                scores[segments[r]] += leaves[~at];
            }
        }
    }

    /// <summary>Sets every row's score to the bias, the start of both the walk's and the compiled trees' sums.</summary>
    private ReadOnlySpan<int> StartAtBias(FeatureRows rows, double[] scores)
    {
        var segments = rows.Segments;
        foreach (var segment in segments)
        {
            scores[segment] = Bias;
        }

        return segments;
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    /// <summary>Reads one ensemble: a <c>features</c> line, a <c>bias</c> line, then one <c>tree</c> line per tree.</summary>
    /// <exception cref="FormatException">The lines are not an ensemble.</exception>
    public static TreeEnsemble Parse(IEnumerable<string> lines)
    {
        string[]? features = null;
        double bias = 0;
        var trees = new List<Tree>();
        foreach (var line in lines)
        {

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var key = space < 0 ? line : line[..space];
            var rest = space < 0 ? string.Empty : line[(space + 1)..];
            switch (key)
            {
                case "features":
                    features = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case "bias":
                    bias = double.Parse(rest, CultureInfo.InvariantCulture);
                    break;
                case "tree":
                    trees.Add(Tree.Parse(rest));
                    break;
                default:
                    throw new FormatException($"Unknown line in the content model: '{key}'.");
            }
        }

        if (features is null)
        {
            throw new FormatException("The content model names no features.");
        }

        foreach (var tree in trees)
        {
            if (tree.Feature.Any(index => index < 0 || index >= features.Length))
            {
                throw new FormatException("A tree of the content model splits on a feature it does not name.");
            }
        }

        return new TreeEnsemble(features, bias, trees);
    }

    /// <summary>One tree: split nodes as "feature:threshold:left:right", then "|" and the leaf values.</summary>
    internal sealed record Tree(int[] Feature, float[] Threshold, int[] Left, int[] Right, float[] Leaves)
    {
        public static Tree Parse(string text)
        {
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                throw new FormatException("A tree of the content model has no leaves.");
            }

            var nodes = text[..bar].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var leaves = text[(bar + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static value => float.Parse(value, CultureInfo.InvariantCulture)).ToArray();
            var feature = new int[nodes.Length];
            var threshold = new float[nodes.Length];
            var left = new int[nodes.Length];
            var right = new int[nodes.Length];
            for (var n = 0; n < nodes.Length; n++)
            {
                var parts = nodes[n].Split(':');
                feature[n] = int.Parse(parts[0], CultureInfo.InvariantCulture);
                threshold[n] = float.Parse(parts[1], CultureInfo.InvariantCulture);
                left[n] = int.Parse(parts[2], CultureInfo.InvariantCulture);
                right[n] = int.Parse(parts[3], CultureInfo.InvariantCulture);
                if (left[n] >= nodes.Length || right[n] >= nodes.Length || ~left[n] >= leaves.Length || ~right[n] >= leaves.Length)
                {
                    throw new FormatException("A tree of the content model points outside itself.");
                }
            }

            if (leaves.Length != nodes.Length + 1)
            {
                throw new FormatException("A tree of the content model has the wrong number of leaves.");
            }

            return new Tree(feature, threshold, left, right, leaves);
        }

        public string Format()
        {
            var builder = new System.Text.StringBuilder();
            for (var n = 0; n < Feature.Length; n++)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{Feature[n]}:{Threshold[n]:R}:{Left[n]}:{Right[n]} ");
            }

            builder.Append('|');
            foreach (var leaf in Leaves)
            {
                builder.Append(CultureInfo.InvariantCulture, $" {leaf:R}");
            }

            return builder.ToString();
        }
    }

    /// <summary>Writes the ensemble's lines (the training tool's output).</summary>
    internal static void Format(System.Text.StringBuilder builder, IReadOnlyList<string> features, double bias, IEnumerable<Tree> trees)
    {
        builder.Append("features ").AppendJoin(' ', features).Append('\n');
        builder.Append(CultureInfo.InvariantCulture, $"bias {bias:R}\n");
        foreach (var tree in trees)
        {
            builder.Append("tree ").Append(tree.Format()).Append('\n');
        }
    }

    /// <summary>Whether a model was trained on exactly the features this build computes.</summary>
    public bool Matches(IReadOnlyList<string> names) => Features.SequenceEqual(names);
}
