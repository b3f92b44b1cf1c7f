using NewsScrub.Internal;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>
/// Decides which of the remaining segments are the page's main content. A gradient-boosted tree model
/// (<see cref="ContentModel"/>, fitted offline on the dev corpora by <c>tools/NewsScrub.Training</c>) scores every
/// segment from its <see cref="BlockFeatures"/>; segments above the fitted threshold are kept. When that keeps far less
/// than the prose of the best-scoring container, the container's prose is taken instead, so a page with prose never
/// comes back empty. Every other segment is removed with the category its evidence points to.
/// </summary>
internal sealed class ContentSelectionStep(ContentSelectionOptions options, ContentModel model) : IScrubStep
{
    public const string StepName = "ContentSelection";

    /// <summary>A paragraph at least this long that comes twice (a pull quote, a teaser of the same story) is kept once.</summary>
    private const int MinRepeatedParagraphLength = 60;

    private readonly double threshold = options.MinimumConfidence is { } confidence ? Logit(confidence) : model.Threshold;

    public string Name => StepName;

    public void Apply(ScrubDocument document)
    {
        var segments = document.Segments;
        if (!segments.Exists(static segment => segment.IsCandidate))
        {
            return;
        }

        var evidence = new PageEvidence(document);
        var context = new PageContext(document, evidence, model.Names);
        var scores = Score(document, evidence, context);
        // A confidence the caller names holds on every page; otherwise the model's fitted threshold, per page if it has one.
        var cut = options.MinimumConfidence is null ? model.ThresholdFor(segments, evidence, scores) : threshold;
        var keep = Select(document, evidence, scores, cut, options.RecallFallback ? model.FallbackShare : null);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            switch (keep[i])
            {
                case Decision.Keep:
                    segment.Keep();
                    break;
                case Decision.Duplicate:
                    segment.Remove(RemovalCategory.Duplicate, Name);
                    break;
                case Decision.Drop:
                    segment.Remove(CategoryOf(document, evidence, context, i), Name);
                    break;
            }
        }

        MarkHeadings(segments);
    }

    /// <summary>What the step does with a segment.</summary>
    internal enum Decision : byte
    {
        /// <summary>An earlier step decided it.</summary>
        Decided,
        Keep,
        Drop,

        /// <summary>Content, but a repeat of a kept paragraph.</summary>
        Duplicate,
    }

    /// <summary>
    /// The decision for every segment, from the model's scores: above the threshold, then the fallback (when
    /// <paramref name="fallbackShare"/> is given), subheadings, then repeats and merged copies (<see cref="MergedCopies"/>) dropped.
    /// </summary>
    internal static Decision[] Select(ScrubDocument document, PageEvidence evidence, double[] scores, double threshold, double? fallbackShare)
    {
        var segments = document.Segments;
        var keep = new bool[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            keep[i] = segments[i].IsCandidate && scores[i] >= threshold;
        }

        if (fallbackShare is { } share)
        {
            Fallback(document, evidence, scores, keep, share);
        }

        KeepSubheadings(document, evidence, keep);
        var decisions = new Decision[segments.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            decisions[i] = !segment.IsCandidate ? Decision.Decided
                : !keep[i] ? Decision.Drop
                : segment.Text.Length >= MinRepeatedParagraphLength && !seen.Add(segment.Text) ? Decision.Duplicate
                : Decision.Keep;
        }

        MergedCopies.Mark(segments, decisions);
        return decisions;
    }

    /// <summary>The threshold this step applies (log-odds), or the centre of the per-page threshold.</summary>
    internal double Threshold => threshold;

    /// <summary>Whether each page gets its own threshold (the model has one and the options fix none).</summary>
    internal bool UsesPageThreshold => options.MinimumConfidence is null && model.PageThreshold is not null;

    /// <summary>The model's log-odds for every candidate segment (NaN for segments already decided).</summary>
    internal double[] Score(ScrubDocument document, PageEvidence evidence, PageContext context) =>
        model.Score(document, evidence, context)[^1];

    /// <summary>
    /// The second candidate: the prose of the best-scoring container. Taken when the model kept less than
    /// <paramref name="share"/> of it (fitted with the model); when both are empty, the segments the model liked best
    /// are kept.
    /// </summary>
    private static void Fallback(ScrubDocument document, PageEvidence evidence, double[] scores, bool[] keep, double share)
    {
        var segments = document.Segments;
        int kept = 0, containerProse = 0, structured = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!segment.IsCandidate)
            {
                continue;
            }

            if (segment.FromStructuredData)
            {
                structured += segment.Text.Length;
                continue;
            }

            kept += keep[i] ? segment.Text.Length : 0;
            containerProse += IsContainerProse(evidence, segment, i) ? segment.Text.Length : 0;
        }

        // The reader found the page's own copy of its body in its structured data because the visible text is thin.
        if (structured > 0 && kept * 2 < structured)
        {
            for (var i = 0; i < segments.Count; i++)
            {
                keep[i] = segments[i].IsCandidate && segments[i].FromStructuredData;
            }

            return;
        }

        if (kept >= containerProse * share && kept > 0)
        {
            return;
        }

        if (containerProse > kept)
        {
            for (var i = 0; i < segments.Count; i++)
            {
                keep[i] |= segments[i].IsCandidate && IsContainerProse(evidence, segments[i], i);
            }

            return;
        }

        if (kept == 0)
        {
            var best = double.NegativeInfinity;
            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i].IsCandidate && WordCountAtLeast(segments[i].Text, 1))
                {
                    best = Math.Max(best, scores[i]);
                }
            }

            for (var i = 0; i < segments.Count; i++)
            {
                keep[i] = segments[i].IsCandidate && scores[i] >= best - 1.0 && WordCountAtLeast(segments[i].Text, 1);
            }
        }
    }

    /// <summary>
    /// A heading between kept text, with prose right after it, heads a section of the article: kept even when the model
    /// judged the short line alone (subheadings look like menu entries).
    /// </summary>
    private static void KeepSubheadings(ScrubDocument document, PageEvidence evidence, bool[] keep)
    {
        var segments = document.Segments;
        var previousKept = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!segment.IsCandidate)
            {
                continue;
            }

            if (!keep[i] && previousKept && PageEvidence.IsHeadingLike(segment) && segment.LinkCharacters == 0)
            {
                var next = i + 1;
                while (next < segments.Count && !segments[next].IsCandidate)
                {
                    next++;
                }

                keep[i] = next < segments.Count && keep[next] && evidence.IsProse[next];
            }

            previousKept = keep[i];
        }
    }

    private static bool IsContainerProse(PageEvidence evidence, Segment segment, int index) =>
        evidence.IsProse[index] && !segment.FromStructuredData && evidence.InContainer(segment.Owner) && !evidence.Pruned[segment.Owner] && !evidence.Teaser[segment.Owner];

    private static bool WordCountAtLeast(string text, int count) => Languages.WordScanner.CountWords(text) >= count;

    /// <summary>Why a segment is not content, by the strongest evidence it carries.</summary>
    private static RemovalCategory CategoryOf(ScrubDocument document, PageEvidence evidence, PageContext context, int index)
    {
        var segment = document.Segments[index];
        var element = document.Elements[segment.Owner];
        if (context.CommentsIndex >= 0 && index > context.CommentsIndex)
        {
            return RemovalCategory.Comments;
        }

        if (element.NearestFurniture >= 0)
        {
            return CategoryOf(document.Elements[element.NearestFurniture].Signal);
        }

        if (segment.Has(ElementFlags.InFigure) || segment.Has(ElementFlags.InFigcaption))
        {
            return RemovalCategory.Caption;
        }

        if (segment.Has(ElementFlags.InTime))
        {
            return RemovalCategory.Timestamp;
        }

        if (evidence.Teaser[segment.Owner])
        {
            return RemovalCategory.RelatedLink;
        }

        if (context.TextCount(segment.Text) > 1)
        {
            return RemovalCategory.Duplicate;
        }

        var length = segment.Text.Length;
        return segment.LinkCharacters * 2 > length || length < 70 || segment.Has(ElementFlags.InButton) ? RemovalCategory.Navigation : RemovalCategory.LowQuality;
    }

    public static RemovalCategory CategoryOf(TokenSignal signal) => signal switch
    {
        TokenSignal.Navigation => RemovalCategory.Navigation,
        TokenSignal.Share => RemovalCategory.ShareFollow,
        TokenSignal.Newsletter => RemovalCategory.Newsletter,
        TokenSignal.Related => RemovalCategory.RelatedLink,
        TokenSignal.Advertisement => RemovalCategory.Advertisement,
        TokenSignal.Cookie => RemovalCategory.CookieNotice,
        TokenSignal.Comments => RemovalCategory.Comments,
        TokenSignal.Tags => RemovalCategory.Tags,
        TokenSignal.Byline => RemovalCategory.Byline,
        TokenSignal.Meta => RemovalCategory.Timestamp,
        TokenSignal.Standfirst => RemovalCategory.Duplicate,
        _ => RemovalCategory.Other,
    };

    /// <summary>A kept short line without final punctuation, followed by kept longer prose, is a subheading.</summary>
    private static void MarkHeadings(List<Segment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsRemoved || segment.Kind != BlockKind.Paragraph)
            {
                continue;
            }

            if (segment.IsMarkedHeading)
            {
                segment.Kind = BlockKind.Heading;
                continue;
            }

            var next = SegmentNeighbours.Next(segments, i);
            if (next >= 0 && TextShape.IsHeadingLike(segment.Text, 15) && !TextShape.EndsSentence(segment.Text)
                && segment.Text[^1] is not ':' && TextShape.EndsSentence(segments[next].Text) && segments[next].Text.Length > segment.Text.Length)
            {
                segment.Kind = BlockKind.Heading;
            }
        }
    }

    private static double Logit(double probability)
    {
        var p = Math.Clamp(probability, 1e-9, 1 - 1e-9);
        return Math.Log(p / (1 - p));
    }
}
