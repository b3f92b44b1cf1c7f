namespace NewsScrub.Text;

/// <summary>Cheap judgements about the shape of a line: does it end a sentence, start one, look like a heading.</summary>
internal static class TextShape
{
    /// <summary>Closing quotes and brackets that may follow a sentence's final punctuation.</summary>
    public static bool IsClosingMark(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or '“' or ')' or ']' or '」' or '』' or '*';

    public static bool IsTerminalPunctuation(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟' or ';';

    /// <summary>The line ends a sentence: final punctuation, optionally followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (IsClosingMark(text[i]) || char.IsWhiteSpace(text[i])))
        {
            i--;
        }

        return i >= 0 && IsTerminalPunctuation(text[i]);
    }

    /// <summary>The first letter-or-digit character, or '\0'.</summary>
    public static char FirstLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return c;
            }
        }

        return '\0';
    }

    /// <summary>The line starts with a lower-case letter (a sentence continuing).</summary>
    public static bool StartsLowercase(string text) => text.Length > 0 && char.IsLower(text[0]);

    /// <summary>The line starts with punctuation that continues a sentence (comma, period, closing bracket...).</summary>
    public static bool StartsWithContinuingPunctuation(string text) =>
        text.Length > 0 && text[0] is ',' or '.' or ';' or ':' or ')' or ']' or '!' or '?' or '…' or '%' or '’' or '」' or '、' or '，' or '。';

    /// <summary>
    /// Short, without final punctuation, starting with a capital or digit: a heading, a menu entry, a label.
    /// </summary>
    public static bool IsHeadingLike(string text, int maxWords = 20)
    {
        if (text.Length == 0 || text.Length > 200)
        {
            return false;
        }

        var last = text[^1];
        if (last is ',' or ':' or '、' or '，' || IsTerminalPunctuation(last))
        {
            return false;
        }

        var first = FirstLetterOrDigit(text);
        return first != '\0' && !char.IsLower(first) && Languages.WordScanner.CountWords(text) <= maxWords;
    }

    /// <summary>
    /// Length in Latin-character equivalents: a CJK character carries about as much as three Latin letters, so length
    /// thresholds tuned on European text apply to Chinese, Japanese and Korean too.
    /// </summary>
    public static int EffectiveLength(string text)
    {
        var length = text.Length;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                length += 2;
            }
        }

        return length;
    }

    /// <summary>Chinese, Japanese or Korean script (ideographs, kana, hangul, CJK punctuation and full-width forms).</summary>
    public static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>Every word starts with a capital letter (names, agency credits).</summary>
    public static bool IsNameLike(string text, int maxWords)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > maxWords)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in words)
        {
            var first = FirstLetterOrDigit(word);
            if (first == '\0')
            {
                continue;
            }

            if (char.IsUpper(first))
            {
                capitalised++;
            }
            else if (word.Length > 3)
            {
                // Short particles ("de", "van", "and") may sit inside a name; longer lower-case words do not.
                return false;
            }
        }

        return capitalised > 0 && !EndsSentence(text);
    }
}
