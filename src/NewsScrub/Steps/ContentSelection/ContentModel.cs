using System.Globalization;
using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>
/// The content model: a first tree ensemble scores each segment from its <see cref="BlockFeatures"/>, a second one
/// scores it again with the first one's view of its surroundings (<see cref="ContextFeatures"/>) added. Read from the
/// text file the training tool writes (<c>tools/NewsScrub.Training</c>, shipped as an embedded resource) with the
/// threshold fitted on held-out pages. Immutable and thread-safe.
/// </summary>
internal sealed class ContentModel
{
    private const string ResourceName = "NewsScrub.ContentSelection.model.txt";

    private static readonly Lazy<ContentModel> LazyBuiltIn = new(static () =>
    {
        using var stream = typeof(ContentModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The content model resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    public ContentModel(IReadOnlyList<TreeEnsemble> stages, double threshold, SecondLook? secondLook = null, double fallbackShare = DefaultFallbackShare, double? pageThresholdScale = null, double paragraphWeight = 0)
    {
        FallbackShare = fallbackShare;
        PageThreshold = pageThresholdScale is { } scale ? new PageThreshold(threshold, scale, paragraphWeight) : null;
        if (stages.Count is < 1 or > 2)
        {
            throw new ArgumentException("A content model has one or two stages.", nameof(stages));
        }

        Stages = stages;
        Threshold = threshold;
        Look = secondLook ?? SecondLook.Everything;
    }

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

    public IReadOnlyList<TreeEnsemble> Stages { get; }

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

    /// <summary>Each stage's log-odds for every segment (NaN for those already decided); the last is the model's answer.</summary>
    public double[][] Score(ScrubDocument document, PageEvidence evidence, PageContext context)
    {
        var candidates = Candidates(document);
        var results = new double[Stages.Count][];
        if (candidates.Length <= ChunkRows)
        {
            // The common case: one set of rows, the context columns added for the second stage.
            using var rows = Rows(candidates, context);
            results[0] = Score(Stages[0], document.Segments.Count, rows);
            if (Stages.Count > 1)
            {
                var again = Look.Select(rows.Segments, results[0]);
                results[1] = (double[])results[0].Clone();
                if (again.Length > 0)
                {
                    // Only the rows looked at again need their context columns and the second stage.
                    using var fewer = again.Length == rows.Count ? null : Subset(rows, again);
                    var second = fewer ?? rows;
                    new ContextFeatures(document, evidence, results[0]).Write(second);
                    Stages[1].Score(second, results[1]);
                }
            }

            return results;
        }

        using var chunk = new FeatureRows(ChunkRows, Stride);
        for (var s = 0; s < Stages.Count; s++)
        {
            var scores = s == 0 ? new double[document.Segments.Count] : (double[])results[0].Clone();
            var selected = s == 0 ? candidates : Look.Select(candidates, results[0]);
            if (s == 0)
            {
                Array.Fill(scores, double.NaN);
            }

            var view = s > 0 ? new ContextFeatures(document, evidence, results[s - 1]) : null;
            for (var start = 0; start < selected.Length; start += ChunkRows)
            {
                chunk.Load(selected.AsSpan(start, Math.Min(ChunkRows, selected.Length - start)));
                BlockFeatures.Write(chunk, context);
                view?.Write(chunk);
                Stages[s].Score(chunk, scores);
            }

            results[s] = scores;
        }

        return results;
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

    /// <summary>Reads a model file: a <c>threshold</c> line, then each stage as a <c>stage</c> line followed by its ensemble.</summary>
    /// <exception cref="FormatException">The text is not a model file, or its stages name other features than this build computes.</exception>
    public static ContentModel Parse(string text)
    {
        double threshold = 0;
        var look = SecondLook.Everything;
        var fallbackShare = DefaultFallbackShare;
        double? pageThresholdScale = null;
        double paragraphWeight = 0;
        var sections = new List<List<string>>();
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
            else if (line.StartsWith("second-look ", StringComparison.Ordinal))
            {
                look = SecondLook.Parse(line["second-look ".Length..]);
            }
            else if (line.StartsWith("stage", StringComparison.Ordinal))
            {
                sections.Add([]);
            }
            else if (sections.Count > 0)
            {
                sections[^1].Add(line);
            }
            else
            {
                throw new FormatException($"A content model line outside any stage: '{line[..Math.Min(line.Length, 40)]}'.");
            }
        }

        var stages = sections.Select(static section => TreeEnsemble.Parse(section)).ToList();
        for (var s = 0; s < stages.Count; s++)
        {
            if (!stages[s].Matches(NamesOf(s)))
            {
                throw new FormatException($"Stage {s + 1} of the content model was trained on other features than this build computes; retrain it.");
            }
        }

        return new ContentModel(stages, threshold, look, fallbackShare, pageThresholdScale, paragraphWeight);
    }

    /// <summary>Writes a model file (the training tool's output).</summary>
    internal static string Format(IReadOnlyList<(double Bias, IEnumerable<TreeEnsemble.Tree> Trees)> stages, double threshold, double fallbackShare, double? pageThresholdScale, double paragraphWeight, SecondLook look, IEnumerable<string> comments)
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
        for (var s = 0; s < stages.Count; s++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"stage {s + 1}\n");
            TreeEnsemble.Format(builder, NamesOf(s), stages[s].Bias, stages[s].Trees);
        }

        return builder.ToString();
    }
}
