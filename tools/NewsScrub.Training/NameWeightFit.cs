using NewsScrub.Steps;

namespace NewsScrub.Training;

/// <summary>
/// Fits <see cref="NameWeights"/> on a set of pages: for each class or id word, how much more (or less) often the text
/// under an element so named is gold than the page's text in general. Each page counts once per word (the share of
/// the word's text that is gold there), and a word needs <see cref="MinimumSites"/> sites, so no site's own names enter
/// the table; the mean is shrunk towards the overall share by <see cref="Smoothing"/> pages' worth.
/// </summary>
internal static class NameWeightFit
{
    public const int MinimumSites = 5;

    public const double Smoothing = 5;

    /// <summary>A word's text on a page must be this long to count for that page.</summary>
    private const int MinimumCharacters = 20;

    /// <summary>One page's evidence: its gold share, and each word's gold share under it.</summary>
    internal sealed record PageStats(string Site, double Share, Dictionary<string, double> Words);

    public static PageStats? Stats(PreparedPage page)
    {
        var elements = page.Document.Elements;
        if (elements.Count <= 1)
        {
            return null;
        }

        var own = new HashSet<string>[elements.Count];
        var scratch = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < elements.Count; e++)
        {
            scratch.Clear();
            NameWeights.WordsOf(elements[e].Classes, elements[e].Id, scratch);
            own[e] = scratch.Count == 0 ? [] : new HashSet<string>(scratch, StringComparer.Ordinal);
        }

        var gold = new Dictionary<string, (double Gold, double All)>(StringComparer.Ordinal);
        double pageGold = 0, pageAll = 0;
        var chain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in page.Candidates)
        {
            var segment = page.Document.Segments[i];
            double length = segment.Text.Length;
            var coverage = Math.Clamp(page.Coverage[i], 0, 1);
            pageGold += length * coverage;
            pageAll += length;
            chain.Clear();
            for (var e = segment.Owner; e >= 0; e = elements[e].Parent)
            {
                chain.UnionWith(own[e]);
                if (elements[e].Parent >= e)
                {
                    break;
                }
            }

            foreach (var word in chain)
            {
                var (g, a) = gold.GetValueOrDefault(word);
                gold[word] = (g + length * coverage, a + length);
            }
        }

        if (pageAll == 0)
        {
            return null;
        }

        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, (g, a)) in gold)
        {
            if (a >= MinimumCharacters)
            {
                words[word] = g / a;
            }
        }

        return new PageStats(page.Page.Site, pageGold / pageAll, words);
    }

    /// <summary>The table fitted on the pages <paramref name="include"/> accepts (by index into <paramref name="stats"/>).</summary>
    public static NameWeights Fit(IReadOnlyList<PageStats?> stats, Func<int, bool> include)
    {
        var sums = new Dictionary<string, (double Sum, int Pages, HashSet<string> Sites)>(StringComparer.Ordinal);
        double shares = 0;
        var pages = 0;
        for (var p = 0; p < stats.Count; p++)
        {
            if (stats[p] is not { } page || !include(p))
            {
                continue;
            }

            shares += page.Share;
            pages++;
            foreach (var (word, share) in page.Words)
            {
                if (!sums.TryGetValue(word, out var entry))
                {
                    entry = (0, 0, new HashSet<string>(StringComparer.Ordinal));
                }

                entry.Sites.Add(page.Site);
                sums[word] = (entry.Sum + share, entry.Pages + 1, entry.Sites);
            }
        }

        if (pages == 0)
        {
            return NameWeights.Empty;
        }

        var prior = Math.Clamp(shares / pages, 0.01, 0.99);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (word, (sum, count, sites)) in sums)
        {
            if (sites.Count < MinimumSites)
            {
                continue;
            }

            var share = Math.Clamp((sum + Smoothing * prior) / (count + Smoothing), 0.001, 0.999);
            weights[word] = (float)Math.Round(Logit(share) - Logit(prior), 3);
        }

        return new NameWeights(weights);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
