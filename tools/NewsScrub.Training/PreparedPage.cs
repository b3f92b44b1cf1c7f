using NewsScrub.Internal;
using NewsScrub.Steps;

namespace NewsScrub.Training;

/// <summary>A page read and run through the steps before content selection, with its feature rows and gold labels.</summary>
internal sealed class PreparedPage
{
    private static readonly ScrubPipeline Prefix = new ScrubPipelineBuilder().UseMetadata().UseBoilerplate().UseReflow().Build();

    private PreparedPage(Page page, ScrubDocument document)
    {
        Page = page;
        Document = document;
        Evidence = new PageEvidence(document);
        Context = new PageContext(document, Evidence, NameWeights.Empty);
        Rows = ContentModel.Rows(ContentModel.Candidates(document), Context);
        var labels = new GoldLabels(page.Gold);
        GoldTokens = labels.GoldTokens;
        var candidates = new List<int>();
        Coverage = new double[document.Segments.Count];
        Tokens = new int[document.Segments.Count];
        for (var i = 0; i < document.Segments.Count; i++)
        {
            (Coverage[i], Tokens[i]) = labels.Label(document.Segments[i].Text);
            if (document.Segments[i].IsCandidate)
            {
                candidates.Add(i);
            }
        }

        Candidates = candidates.ToArray();

        // For the quick page F1: each segment's words as ids into the gold's vocabulary (-1 for words the gold lacks).
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldCounts = new List<int>();
        foreach (var token in Metrics.Tokens(page.Gold, lower: true))
        {
            if (!vocabulary.TryGetValue(token, out var id))
            {
                id = vocabulary.Count;
                vocabulary[token] = id;
                goldCounts.Add(0);
            }

            goldCounts[id]++;
        }

        GoldCounts = goldCounts.ToArray();
        WordIds = new int[document.Segments.Count][];
        for (var i = 0; i < document.Segments.Count; i++)
        {
            WordIds[i] = Metrics.Tokens(document.Segments[i].Text, lower: true).Select(token => vocabulary.GetValueOrDefault(token, -1)).ToArray();
        }
    }

    private int[] GoldCounts { get; }

    private int[][] WordIds { get; }

    /// <summary>
    /// The WCXB page F1 of the text these scores give, counted from word ids (as <see cref="Metrics.Wcxb"/> on the text),
    /// and the quick paragraph integrity: the share of the page's long content segments kept (1 when it has none).
    /// </summary>
    public (double F1, double Integrity) Evaluate(double[] scores, Choice choice)
    {
        var (decisions, _) = Decide(scores, choice);
        var counts = new int[GoldCounts.Length];
        int predicted = 0, overlap = 0, paragraphs = 0, keptParagraphs = 0;
        for (var i = 0; i < decisions.Length; i++)
        {
            var kept = decisions[i] == ContentSelectionStep.Decision.Keep;
            if (Coverage[i] >= 0.9 && Document.Segments[i].Text.Length >= PageThreshold.ParagraphCharacters)
            {
                paragraphs++;
                keptParagraphs += kept ? 1 : 0;
            }

            if (!kept)
            {
                continue;
            }

            foreach (var id in WordIds[i])
            {
                predicted++;
                if (id >= 0 && counts[id]++ < GoldCounts[id])
                {
                    overlap++;
                }
            }
        }

        var integrity = paragraphs == 0 ? 1 : (double)keptParagraphs / paragraphs;
        if (GoldTokens == 0)
        {
            return (predicted == 0 ? 1 : 0, integrity);
        }

        if (predicted == 0 || overlap == 0)
        {
            return (0, integrity);
        }

        var precision = (double)overlap / predicted;
        var recall = (double)overlap / GoldTokens;
        return (2 * precision * recall / (precision + recall), integrity);
    }

    /// <summary>The step's decisions from these scores, and the page's cut.</summary>
    public (ContentSelectionStep.Decision[] Decisions, double Cut) Decide(double[] scores, Choice choice)
    {
        var cut = Cut(scores, choice);
        return (ContentSelectionStep.Select(Document, Evidence, scores, cut, choice.Share), cut);
    }

    /// <summary>The threshold the step applies to this page: the choice's, or the page's expected-F1 cut centred on it.</summary>
    private double Cut(double[] scores, Choice choice) =>
        choice.Scale is { } scale ? new PageThreshold(choice.Threshold, scale, choice.ParagraphWeight).Of(Document.Segments, Evidence, scores) : choice.Threshold;

    public Page Page { get; }

    /// <summary>Computes the rows' name-weight columns from this table (each fold has its own, fitted without it).</summary>
    public void UseNameWeights(NameWeights table)
    {
        if (Document.Elements.Count <= 1)
        {
            return;
        }

        Context.UseNameWeights(table);
        BlockFeatures.RewriteNameWeights(Rows, Context);
    }

    public ScrubDocument Document { get; }

    public PageEvidence Evidence { get; }

    public PageContext Context { get; }

    /// <summary>Feature rows of the candidate segments (context columns as last written).</summary>
    public FeatureRows Rows { get; }

    public int[] Candidates { get; }

    public double[] Coverage { get; }

    public int[] Tokens { get; }

    public int GoldTokens { get; }

    /// <summary>How much the page counts in training relative to others (1 unless the corpus is weighted).</summary>
    public double Weight { get; set; } = 1;

    /// <summary>Coverage strictly between these bounds gives a segment a soft label (two weighted rows); null: every label hard.</summary>
    public static (double Low, double High)? SoftBand { get; set; }

    public static PreparedPage Prepare(Page page)
    {
        var input = page.Read();
        var document = Prefix.Prepare(input, page.Input == PageInput.Html ? InputFormat.Html : InputFormat.Text);
        return new PreparedPage(page, document);
    }

    /// <summary>
    /// Training rows of the given width: one per candidate segment, weighted by its share of the page's gold words.
    /// For the second stage, pass the first stage's scores of this page: the context columns are written from them.
    /// </summary>
    public IEnumerable<TrainingRow> TrainingRows(int columns, double[]? firstStage = null, SecondLook? look = null)
    {
        if (firstStage is not null)
        {
            new ContextFeatures(Document, Evidence, firstStage).Write(Rows);
        }

        var scale = Weight * 100.0 / Math.Max(GoldTokens, 50);
        var rows = new List<TrainingRow>(Rows.Count);
        for (var r = 0; r < Rows.Count; r++)
        {
            var i = Rows.Segments[r];
            if (firstStage is not null && look is { } selection && !selection.Includes(firstStage[i]))
            {
                continue;
            }

            var weight = Math.Max(Tokens[i], 1) * scale;
            var features = Rows.Row(r)[..columns].ToArray();
            if (SoftBand is { } band && Coverage[i] > band.Low && Coverage[i] < band.High)
            {
                // Partly covered: counted as content by the share of it the gold holds, and as not content by the rest.
                rows.Add(new TrainingRow(features, true, (float)(weight * Coverage[i])));
                rows.Add(new TrainingRow(features, false, (float)(weight * (1 - Coverage[i]))));
                continue;
            }

            rows.Add(new TrainingRow(features, Coverage[i] >= 0.5, (float)weight));
        }

        return rows;
    }

    /// <summary>One stage's scores for every segment (NaN where an earlier step decided); the second stage needs the first's.</summary>
    public double[] Score(TreeEnsemble stage, double[]? firstStage = null, SecondLook? look = null)
    {
        if (firstStage is null)
        {
            return ContentModel.Score(stage, Document.Segments.Count, Rows);
        }

        // As the library does: the rows the first stage was unsure of get the second stage's score, the others keep theirs.
        new ContextFeatures(Document, Evidence, firstStage).Write(Rows);
        var second = ContentModel.Score(stage, Document.Segments.Count, Rows);
        var scores = (double[])firstStage.Clone();
        foreach (var i in Rows.Segments)
        {
            if ((look ?? SecondLook.Everything).Includes(firstStage[i]))
            {
                scores[i] = second[i];
            }
        }

        return scores;
    }

    /// <summary>The article text the step would produce from these scores.</summary>
    public string Text(double[] scores, Choice choice)
    {
        var (decisions, _) = Decide(scores, choice);
        var parts = new List<string>();
        for (var i = 0; i < decisions.Length; i++)
        {
            if (decisions[i] == ContentSelectionStep.Decision.Keep && Document.Segments[i].Text.Length > 0)
            {
                parts.Add(Document.Segments[i].Text);
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>The best text the segments allow: every segment the gold covers (the ceiling of block selection).</summary>
    public string OracleText(bool everySegment = false)
    {
        var parts = new List<string>();
        foreach (var i in everySegment ? Enumerable.Range(0, Document.Segments.Count) : Candidates)
        {
            if (Coverage[i] >= 0.5)
            {
                parts.Add(Document.Segments[i].Text);
            }
        }

        return string.Join("\n\n", parts);
    }
}
