using System.Globalization;
using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>
/// The content model: a first tree ensemble scores each segment from its <see cref="BlockFeatures"/>, a second one
/// scores it again with the first one's view of its surroundings (<see cref="ContextFeatures"/>) added. The model may
/// hold several such members, fitted alike with other seeds; its log-odds is their mean (<see cref="Combine"/>), which
/// varies less from one fit to the next than any member's does. Read from the
/// text file the training tool writes (<c>tools/NewsScrub.Training</c>, shipped as an embedded resource) with the
/// threshold fitted on held-out pages. Immutable and thread-safe.
/// </summary>
internal sealed class ContentModel
{
    private const string ResourceName = "NewsScrub.ContentSelection.model.txt";

    private static readonly Lazy<ContentModel> LazyBuiltIn = new(ReadBuiltIn);

    public ContentModel(IReadOnlyList<IReadOnlyList<TreeEnsemble>> members, double threshold, SecondLook? secondLook = null, double fallbackShare = DefaultFallbackShare, double? pageThresholdScale = null, double paragraphWeight = 0, NameWeights? names = null)
    {
        Names = names ?? NameWeights.Empty;
        FallbackShare = fallbackShare;
        PageThreshold = pageThresholdScale is { } scale ? new PageThreshold(threshold, scale, paragraphWeight) : null;
        if (members.Count == 0 || members.Any(static stages => stages.Count is < 1 or > 2) || members.Any(stages => stages.Count != members[0].Count))
        {
            throw new ArgumentException("A content model has one or more members, each of the same one or two stages.", nameof(members));
        }

        Members = members;
        Threshold = threshold;
        Look = secondLook ?? SecondLook.Everything;
    }

    /// <summary>The learned weights of class and id words that the trees' name-weight columns are computed from.</summary>
    public NameWeights Names { get; }

    /// <summary>The recall fallback's share when a model file names none.</summary>
    public const double DefaultFallbackShare = 0.25;

    /// <summary>Below this share of the best-scoring container's prose, the model's choice is taken to have missed the article.</summary>
    public double FallbackShare { get; }

    /// <summary>When set, each page gets its own threshold (the cut of best expected F1), centred on <see cref="Threshold"/>.</summary>
    public PageThreshold? PageThreshold { get; }

    /// <summary>The fitted threshold for this page: its own cut when the model has a per-page threshold, else the fixed one.</summary>
    public double ThresholdFor(List<Segment> segments, PageEvidence evidence, double[] scores) =>
        PageThreshold is { } page ? page.Of(segments, evidence, scores) : Threshold;

    /// <summary>Which segments the second stage looks at again: those the first stage was not sure of.</summary>
    public SecondLook Look { get; }

    /// <summary>The model that ships with the library.</summary>
    public static ContentModel BuiltIn => LazyBuiltIn.Value;

    /// <summary>A new copy of the shipped model, read from the embedded file (its stages compile apart from the shared one's).</summary>
    internal static ContentModel ReadBuiltIn()
    {
        using var stream = typeof(ContentModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The content model resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// The fits the model averages (fitted alike, each with its own seed for the columns its trees sample), each as its
    /// stages. Every member scores a segment as a model of its own would; the model's log-odds is their mean, taken as
    /// <see cref="Combine"/> says.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TreeEnsemble>> Members { get; }

    /// <summary>How many stages each member has.</summary>
    public int StageCount => Members[0].Count;

    /// <summary>The log-odds above which a segment is content, as fitted with the model.</summary>
    public double Threshold { get; }

    /// <summary>Columns of a row: the block features, then the context features.</summary>
    public static int Stride => BlockFeatures.Count + ContextFeatures.Count;

    /// <summary>The names the stage with this index reads, in column order.</summary>
    public static IReadOnlyList<string> NamesOf(int stage) => stage == 0 ? BlockFeatures.Names : [.. BlockFeatures.Names, .. ContextFeatures.Names];

    /// <summary>Rows are built and scored this many at a time, so a page of a million blocks needs no million rows at once.</summary>
    internal const int ChunkRows = 4096;

    /// <summary>The candidate segments' indexes.</summary>
    public static int[] Candidates(ScrubDocument document)
    {
        var segments = document.Segments;
        var candidates = new List<int>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].IsCandidate)
            {
                candidates.Add(i);
            }
        }

        return candidates.ToArray();
    }

    /// <summary>The rows of the given segments, their block-feature columns filled.</summary>
    public static FeatureRows Rows(int[] segments, PageContext context)
    {
        var rows = new FeatureRows(segments, Stride);
        BlockFeatures.Write(rows, context);
        return rows;
    }

    /// <summary>
    /// Each stage's log-odds for every segment (NaN for those already decided), the members' mean; the last is the
    /// model's answer.
    /// </summary>
    public double[][] Score(ScrubDocument document, PageEvidence evidence, PageContext context) => Score(document, evidence, context, ChunkRows);

    /// <summary>As <see cref="Score(ScrubDocument, PageEvidence, PageContext)"/>, the rows built <paramref name="chunkRows"/> at a time on a page of more candidates.</summary>
    internal double[][] Score(ScrubDocument document, PageEvidence evidence, PageContext context, int chunkRows)
    {
        var candidates = Candidates(document);
        var count = document.Segments.Count;
        var first = new double[Members.Count][];
        var last = new double[Members.Count][];
        double[] mean;
        if (candidates.Length <= chunkRows)
        {
            // The common case: one set of rows, its block columns computed once for every member.
            using var rows = Rows(candidates, context);
            for (var m = 0; m < Members.Count; m++)
            {
                first[m] = Score(Members[m][0], count, rows);
            }

            mean = Mean(first);
            var unsure = StageCount > 1 ? Look.Select(rows.Segments, mean) : [];
            for (var m = 0; m < Members.Count && StageCount > 1; m++)
            {
                var again = LookedAt(unsure, first[m]);
                last[m] = (double[])first[m].Clone();
                if (again.Length > 0)
                {
                    // Only the rows looked at again need their context columns and the second stage.
                    using var fewer = again.Length == rows.Count ? null : Subset(rows, again);
                    var second = fewer ?? rows;
                    new ContextFeatures(document, evidence, first[m]).Write(second);
                    Members[m][1].Score(second, last[m]);
                }
            }
        }
        else
        {
            using var chunk = new FeatureRows(chunkRows, Stride);
            for (var m = 0; m < Members.Count; m++)
            {
                first[m] = new double[count];
                Array.Fill(first[m], double.NaN);
            }

            for (var start = 0; start < candidates.Length; start += chunkRows)
            {
                chunk.Load(candidates.AsSpan(start, Math.Min(chunkRows, candidates.Length - start)));
                BlockFeatures.Write(chunk, context);
                for (var m = 0; m < Members.Count; m++)
                {
                    Members[m][0].Score(chunk, first[m]);
                }
            }

            mean = Mean(first);
            var unsure = StageCount > 1 ? Look.Select(candidates, mean) : [];
            for (var m = 0; m < Members.Count && StageCount > 1; m++)
            {
                last[m] = (double[])first[m].Clone();
                var selected = LookedAt(unsure, first[m]);
                var view = new ContextFeatures(document, evidence, first[m]);
                for (var start = 0; start < selected.Length; start += chunkRows)
                {
                    chunk.Load(selected.AsSpan(start, Math.Min(chunkRows, selected.Length - start)));
                    BlockFeatures.Write(chunk, context);
                    view.Write(chunk);
                    Members[m][1].Score(chunk, last[m]);
                }
            }
        }

        return StageCount == 1 ? [mean] : [mean, Combine(mean, last, Look)];
    }

    /// <summary>
    /// Of the segments the members' mean first stage is unsure of, those this member's own first stage is unsure of too:
    /// the rows its second stage scores (a member looks again where a model of its own would).
    /// </summary>
    private int[] LookedAt(int[] unsure, double[] first) =>
        Members.Count == 1 ? unsure : Array.FindAll(unsure, segment => Look.Includes(first[segment]));

    /// <summary>
    /// The model's answer from the members' mean first stage and each member's final scores: where the mean first stage
    /// is sure of a segment, that mean; elsewhere the mean of the members' final scores. One member: its final scores.
    /// </summary>
    internal static double[] Combine(double[] meanFirst, double[][] finals, SecondLook look)
    {
        if (finals.Length == 1)
        {
            return finals[0];
        }

        var combined = Mean(finals);
        for (var i = 0; i < combined.Length; i++)
        {
            if (!look.Includes(meanFirst[i]))
            {
                combined[i] = meanFirst[i];
            }
        }

        return combined;
    }

    /// <summary>The members' mean, segment by segment (one member: its own array).</summary>
    internal static double[] Mean(double[][] members)
    {
        if (members.Length == 1)
        {
            return members[0];
        }

        var mean = (double[])members[0].Clone();
        for (var m = 1; m < members.Length; m++)
        {
            var scores = members[m];
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] += scores[i];
            }
        }

        for (var i = 0; i < mean.Length; i++)
        {
            mean[i] /= members.Length;
        }

        return mean;
    }

    /// <summary>
    /// The rows of <paramref name="selected"/> (a subsequence of <paramref name="rows"/>' segments, in their order), their
    /// block-feature columns copied rather than computed again.
    /// </summary>
    private static FeatureRows Subset(FeatureRows rows, int[] selected)
    {
        var subset = new FeatureRows(selected, Stride);
        var columns = BlockFeatures.Count;
        var segments = rows.Segments;
        for (int r = 0, s = 0; s < selected.Length; r++)
        {
            if (segments[r] == selected[s])
            {
                rows.Row(r)[..columns].CopyTo(subset.Row(s));
                s++;
            }
        }

        return subset;
    }

    /// <summary>One stage's log-odds for every segment (NaN for those without a row).</summary>
    public static double[] Score(TreeEnsemble stage, int segments, FeatureRows rows)
    {
        var scores = new double[segments];
        Array.Fill(scores, double.NaN);
        stage.Score(rows, scores);
        return scores;
    }

    /// <summary>
    /// Reads a model file: a <c>threshold</c> line and the other fitted settings, then each member as a <c>member</c> line
    /// followed by its stages, each a <c>stage</c> line followed by its ensemble. A file of one member may leave out the
    /// <c>member</c> line.
    /// </summary>
    /// <exception cref="FormatException">The text is not a model file, or its stages name other features than this build computes.</exception>
    public static ContentModel Parse(string text)
    {
        double threshold = 0;
        var look = SecondLook.Everything;
        var fallbackShare = DefaultFallbackShare;
        double? pageThresholdScale = null;
        double paragraphWeight = 0;
        var members = new List<List<List<string>>>();
        var names = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("format ", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("threshold ", StringComparison.Ordinal))
            {
                threshold = double.Parse(line["threshold ".Length..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("fallback-share ", StringComparison.Ordinal))
            {
                fallbackShare = double.Parse(line["fallback-share ".Length..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("page-threshold ", StringComparison.Ordinal))
            {
                // "page-threshold SCALE [PARAGRAPH-WEIGHT]"
                var values = line["page-threshold ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                pageThresholdScale = double.Parse(values[0], CultureInfo.InvariantCulture);
                paragraphWeight = values.Length > 1 ? double.Parse(values[1], CultureInfo.InvariantCulture) : 0;
            }
            else if (line.StartsWith("name-weight ", StringComparison.Ordinal))
            {
                var (word, weight) = NameWeights.ParseEntry(line["name-weight ".Length..]);
                names[word] = weight;
            }
            else if (line.StartsWith("second-look ", StringComparison.Ordinal))
            {
                look = SecondLook.Parse(line["second-look ".Length..]);
            }
            else if (line.StartsWith("member", StringComparison.Ordinal))
            {
                members.Add([]);
            }
            else if (line.StartsWith("stage", StringComparison.Ordinal))
            {
                if (members.Count == 0)
                {
                    members.Add([]);
                }

                members[^1].Add([]);
            }
            else if (members.Count > 0 && members[^1].Count > 0)
            {
                members[^1][^1].Add(line);
            }
            else
            {
                throw new FormatException($"A content model line outside any stage: '{line[..Math.Min(line.Length, 40)]}'.");
            }
        }

        if (members.Count == 0 || members.Exists(static member => member.Count is < 1 or > 2) || members.Exists(member => member.Count != members[0].Count))
        {
            throw new FormatException("A content model needs one or more members, each of the same one or two stages.");
        }

        var parsed = new List<IReadOnlyList<TreeEnsemble>>(members.Count);
        foreach (var member in members)
        {
            var stages = member.Select(static section => TreeEnsemble.Parse(section)).ToList();
            for (var s = 0; s < stages.Count; s++)
            {
                if (!stages[s].Matches(NamesOf(s)))
                {
                    throw new FormatException($"Stage {s + 1} of the content model was trained on other features than this build computes; retrain it.");
                }
            }

            parsed.Add(stages);
        }

        return new ContentModel(parsed, threshold, look, fallbackShare, pageThresholdScale, paragraphWeight, new NameWeights(names));
    }

    /// <summary>Writes a model file (the training tool's output); a model of one member is written without a <c>member</c> line.</summary>
    internal static string Format(IReadOnlyList<IReadOnlyList<(double Bias, IEnumerable<TreeEnsemble.Tree> Trees)>> members, double threshold, double fallbackShare, double? pageThresholdScale, double paragraphWeight, SecondLook look, IEnumerable<string> comments, NameWeights? names = null)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var comment in comments)
        {
            builder.Append("# ").Append(comment).Append('\n');
        }

        builder.Append("format 2\n");
        builder.Append(CultureInfo.InvariantCulture, $"threshold {threshold:R}\n");
        builder.Append(CultureInfo.InvariantCulture, $"fallback-share {fallbackShare:R}\n");
        if (pageThresholdScale is { } scale)
        {
            builder.Append(CultureInfo.InvariantCulture, $"page-threshold {scale:R}");
            builder.Append(paragraphWeight != 0 ? string.Create(CultureInfo.InvariantCulture, $" {paragraphWeight:R}\n") : "\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"second-look {look.Pivot:R} {look.Margin:R}\n");
        foreach (var (word, weight) in (names ?? NameWeights.Empty).Entries)
        {
            builder.Append(CultureInfo.InvariantCulture, $"name-weight {word} {weight:R}\n");
        }

        for (var m = 0; m < members.Count; m++)
        {
            if (members.Count > 1)
            {
                builder.Append(CultureInfo.InvariantCulture, $"member {m + 1}\n");
            }

            for (var s = 0; s < members[m].Count; s++)
            {
                builder.Append(CultureInfo.InvariantCulture, $"stage {s + 1}\n");
                TreeEnsemble.Format(builder, NamesOf(s), members[m][s].Bias, members[m][s].Trees);
            }
        }

        return builder.ToString();
    }
}
