using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>
/// The threshold for one page that maximises the page's expected F1 (Jansche 2007; Ye et al. 2012): the model's
/// log-odds, read as probabilities through a fitted centre and scale, give every segment its chance of being content;
/// keeping the segments in order of score, the expected overlap with the gold over the kept words and the expected gold
/// words gives the expected F1 of each cut, and the best cut is the page's threshold. A page the model is sure of gets a
/// strict cut, a page it is unsure of a lenient one, which a single threshold for every page cannot do.
/// </summary>
internal readonly record struct PageThreshold(double Centre, double Scale)
{
    /// <summary>The log-odds at or above which a candidate of this page is kept.</summary>
    public double Of(List<Segment> segments, PageEvidence evidence, double[] scores)
    {
        var candidates = new List<(double Score, int Words)>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].IsCandidate && !double.IsNaN(scores[i]))
            {
                candidates.Add((scores[i], Math.Max(1, evidence.Measures[i].Words)));
            }
        }

        return Of(candidates);
    }

    /// <summary>The cut over candidates given as their log-odds and word counts (reorders the list).</summary>
    internal double Of(List<(double Score, int Words)> candidates)
    {
        if (candidates.Count == 0)
        {
            return Centre;
        }

        var expectedGold = 0.0;
        foreach (var (score, words) in candidates)
        {
            expectedGold += Probability(score) * words;
        }

        // Highest score first. The cut is a score, and every candidate at or above it is kept, so ties need no order.
        candidates.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        double overlap = 0, kept = 0, best = -1;
        var cut = candidates[0].Score;
        foreach (var (score, words) in candidates)
        {
            overlap += Probability(score) * words;
            kept += words;
            var f1 = 2 * overlap / (kept + expectedGold);
            if (f1 > best)
            {
                best = f1;
                cut = score;
            }
        }

        return cut;
    }

    private double Probability(double score) => 1 / (1 + Math.Exp(-Scale * (score - Centre)));
}
