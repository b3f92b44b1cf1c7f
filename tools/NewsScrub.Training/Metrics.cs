namespace NewsScrub.Training;

/// <summary>The benchmarks' own metrics, re-implemented for quick iteration (the reported figures come from their Python scorers).</summary>
internal static class Metrics
{
    /// <summary>Tokens as Python's <c>\w+</c> finds them (letters, digits, underscore).</summary>
    public static List<string> Tokens(string text, bool lower)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && IsWordCharacter(text[i]);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                var token = text[start..i];
                tokens.Add(lower ? token.ToLowerInvariant() : token);
                start = -1;
            }
        }

        return tokens;
    }

    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherNumber or System.Globalization.UnicodeCategory.LetterNumber;

    /// <summary>WCXB: word-level bag-of-words precision, recall and F1 for one page (an empty prediction scores 0).</summary>
    public static (double P, double R, double F) Wcxb(string prediction, string gold)
    {
        var p = Tokens(prediction, lower: true);
        var g = Tokens(gold, lower: true);
        if (g.Count == 0)
        {
            return p.Count == 0 ? (1, 1, 1) : (0, 0, 0);
        }

        if (p.Count == 0)
        {
            return (0, 0, 0);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in g)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        var overlap = 0;
        foreach (var token in p)
        {
            if (counts.TryGetValue(token, out var left) && left > 0)
            {
                counts[token] = left - 1;
                overlap++;
            }
        }

        var precision = (double)overlap / p.Count;
        var recall = (double)overlap / g.Count;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>Zyte: normalised (tp, fp, fn) over 4-token shingles for one page.</summary>
    public static (double Tp, double Fp, double Fn) ZyteCounts(string prediction, string gold)
    {
        var g = Shingles(gold);
        var p = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in p)
        {
            var inGold = g.GetValueOrDefault(shingle);
            tp += Math.Min(count, inGold);
            fp += Math.Max(0, count - inGold);
        }

        foreach (var (shingle, count) in g)
        {
            fn += Math.Max(0, count - p.GetValueOrDefault(shingle));
        }

        var total = tp + fp + fn;
        return total > 0 ? (tp / total, fp / total, fn / total) : (0, 0, 0);
    }

    /// <summary>Zyte's F1: of the precision averaged over non-empty predictions and the recall averaged over non-empty golds.</summary>
    public static (double P, double R, double F) Zyte(IReadOnlyList<(string Prediction, string Gold)> pages)
    {
        double precision = 0, recall = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var (prediction, gold) in pages)
        {
            var (tp, fp, fn) = ZyteCounts(prediction, gold);
            var predicted = Shingles(prediction).Count > 0;
            var hasGold = Shingles(gold).Count > 0;
            if (predicted)
            {
                precision += fp == 0 && fn == 0 ? 1 : tp + fp == 0 ? 0 : tp / (tp + fp);
                precisionPages++;
            }

            if (hasGold)
            {
                recall += fp == 0 && fn == 0 ? 1 : tp + fn == 0 ? 0 : tp / (tp + fn);
                recallPages++;
            }
        }

        var p = precisionPages == 0 ? 0 : precision / precisionPages;
        var r = recallPages == 0 ? 0 : recall / recallPages;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text, lower: false);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return result;
        }

        if (tokens.Count < 4)
        {
            result[string.Join('\u0001', tokens)] = 1;
            return result;
        }

        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]);
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }
}
