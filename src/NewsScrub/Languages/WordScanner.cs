namespace NewsScrub.Languages;

/// <summary>Splits text into words (letters, digits, inner apostrophes) without allocating for the scan itself.</summary>
internal static class WordScanner
{
    /// <summary>Calls <paramref name="onWord"/> for each word of the first <paramref name="maxLength"/> characters, lower-cased.</summary>
    public static void ForEachWord<TState>(string text, ref TState state, WordAction<TState> onWord, int maxLength = int.MaxValue)
    {
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        var end = Math.Min(text.Length, maxLength);
        while (i < end)
        {
            while (i < end && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
            {
                i++;
            }

            var length = i - start;
            if (length == 0)
            {
                continue;
            }

            if (length <= buffer.Length)
            {
                var word = buffer[..length];
                for (var k = 0; k < length; k++)
                {
                    var c = text[start + k];
                    word[k] = c == '’' ? '\'' : Text.FastCase.ToLower(c);
                }

                onWord(word, ref state);
            }
            else
            {
                onWord(ReadOnlySpan<char>.Empty, ref state);
            }
        }
    }

    /// <summary>Counts the words of a text.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && IsApostrophe(c));
        }

        return count;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}

/// <summary>Receives one word from <see cref="WordScanner"/>; an empty span stands for an over-long token.</summary>
internal delegate void WordAction<TState>(ReadOnlySpan<char> word, ref TState state);
