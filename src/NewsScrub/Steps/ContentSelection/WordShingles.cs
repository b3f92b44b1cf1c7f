namespace NewsScrub.Steps;

/// <summary>Hashes of each run of three consecutive words (letters and digits, case folded), to compare texts by what they say.</summary>
internal static class WordShingles
{
    public static IEnumerable<long> Of(string text)
    {
        long a = 0, b = 0, c = 0;
        var words = 0;
        var hash = 0L;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var ch = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(ch))
            {
                hash = (hash * 31) + char.ToLowerInvariant(ch);
                inWord = true;
                continue;
            }

            if (!inWord)
            {
                continue;
            }

            (a, b, c) = (b, c, hash);
            hash = 0;
            inWord = false;
            if (++words >= 3)
            {
                yield return (a * 1_000_003 + b) * 1_000_033 + c;
            }
        }
    }
}
