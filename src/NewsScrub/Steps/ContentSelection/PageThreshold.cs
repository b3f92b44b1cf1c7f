using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>
/// The threshold for one page that maximises the page's expected F1 (Jansche 2007; Ye et al. 2012): the model's
/// log-odds, read as probabilities through a fitted centre and scale, give every segment its chance of being content;
/// keeping the segments in order of score, the expected overlap with the gold over the kept words and the expected gold
/// words gives the expected F1 of each cut, and the best cut is the page's threshold. A page the model is sure of gets a
/// strict cut, a page it is unsure of a lenient one, which a single threshold for every page cannot do. With a paragraph
/// weight, the expected share of the page's paragraphs that a cut keeps counts beside its expected F1, so that a strict
/// cut does not trade a whole unsure paragraph for a little precision.
/// </summary>
internal readonly record struct PageThreshold(double Centre, double Scale, double ParagraphWeight = 0)
{
    /// <summary>A candidate this long is a paragraph whose loss costs the page's paragraph integrity, whatever its words.</summary>
    internal const int ParagraphCharacters = 80;

    /// <summary>The log-odds at or above which a candidate of this page is kept.</summary>
    public double Of(List<Segment> segments, PageEvidence evidence, double[] scores)
    {
        var candidates = new List<(double Score, int Words, bool Paragraph)>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].IsCandidate && !double.IsNaN(scores[i]))
            {
                candidates.Add((scores[i], Math.Max(1, evidence.Measures[i].Words), segments[i].Text.Length >= ParagraphCharacters));
            }
        }

        return Of(candidates);
    }

    /// <summary>The cut over candidates given as their log-odds, word counts and whether each is a paragraph (reorders the list).</summary>
    internal double Of(List<(double Score, int Words, bool Paragraph)> candidates)
    {
        if (candidates.Count == 0)
        {
            return Centre;
        }

        double expectedGold = 0, expectedParagraphs = 0;
        foreach (var (score, words, paragraph) in candidates)
        {
            expectedGold += Probability(score) * words;
            expectedParagraphs += paragraph ? Probability(score) : 0;
        }

        // Paragraph integrity: the expected share of the content paragraphs kept, weighed beside the F1.
        var paragraphWeight = expectedParagraphs > 0 ? ParagraphWeight / expectedParagraphs : 0;

        // Highest score first. The cut is a score, and every candidate at or above it is kept, so ties need no order.
        candidates.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        double overlap = 0, kept = 0, keptParagraphs = 0, best = double.MinValue;
        var cut = candidates[0].Score;
        foreach (var (score, words, paragraph) in candidates)
        {
            var probability = Probability(score);
            overlap += probability * words;
            kept += words;
            keptParagraphs += paragraph ? probability : 0;
            var value = (2 * overlap / (kept + expectedGold)) + (paragraphWeight * keptParagraphs);
            if (value > best)
            {
                best = value;
                cut = score;
            }
        }

        return cut;
    }

    private double Probability(double score) => 1 / (1 + Math.Exp(-Scale * (score - Centre)));
}
