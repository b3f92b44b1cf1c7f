namespace NewsScrub.Training;

/// <summary>
/// Labels a page's segments from its gold text: a segment of three words or more is content when most of its word
/// 3-grams occur in the gold; a shorter one (a heading, a name, a date) when it is a whole gold line.
/// </summary>
internal sealed class GoldLabels
{
    private readonly HashSet<(string, string, string)> trigrams = [];
    private readonly HashSet<string> lines = new(StringComparer.Ordinal);

    public GoldLabels(string gold)
    {
        var tokens = Metrics.Tokens(gold, lower: true);
        GoldTokens = tokens.Count;
        for (var i = 0; i + 3 <= tokens.Count; i++)
        {
            trigrams.Add((tokens[i], tokens[i + 1], tokens[i + 2]));
        }

        foreach (var line in gold.Split('\n'))
        {
            var words = Metrics.Tokens(line, lower: true);
            if (words.Count is > 0 and <= 6)
            {
                lines.Add(string.Join(' ', words));
            }
        }
    }

    public int GoldTokens { get; }

    /// <summary>The share of the segment's text that the gold holds (0..1), and the segment's token count.</summary>
    public (double Coverage, int Tokens) Label(string text)
    {
        var tokens = Metrics.Tokens(text, lower: true);
        if (tokens.Count == 0)
        {
            return (0, 0);
        }

        if (tokens.Count < 3)
        {
            return (lines.Contains(string.Join(' ', tokens)) ? 1 : 0, tokens.Count);
        }

        var found = 0;
        for (var i = 0; i + 3 <= tokens.Count; i++)
        {
            found += trigrams.Contains((tokens[i], tokens[i + 1], tokens[i + 2])) ? 1 : 0;
        }

        return ((double)found / (tokens.Count - 2), tokens.Count);
    }
}
