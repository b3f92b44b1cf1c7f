namespace NewsScrub.Steps;

/// <summary>
/// Tracks which quotations are open across the lines of a paragraph. Typographic pairs
/// (« », „ “, “ ”, ‹ ›, 「 」, 『 』) are matched by their closer; a straight <c>"</c> opens at the start of a
/// line or after a space or bracket, and closes an open straight quote. Single quotes are ignored: they are
/// mostly apostrophes.
/// </summary>
internal sealed class QuoteTracker
{
    private readonly Stack<char> expectedClosers = new();

    public bool IsOpen => expectedClosers.Count > 0;

    /// <summary>Whether the innermost open quote would be closed by <paramref name="c"/>.</summary>
    public bool WouldClose(char c) => expectedClosers.Count > 0 && Closes(expectedClosers.Peek(), c);

    public void Reset() => expectedClosers.Clear();

    /// <summary>Reads <paramref name="text"/> and updates the open quotes.</summary>
    public void Feed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (expectedClosers.Count > 0 && Closes(expectedClosers.Peek(), c))
            {
                expectedClosers.Pop();
                continue;
            }

            if (c == '"')
            {
                var before = i == 0 ? ' ' : text[i - 1];
                if (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':')
                {
                    expectedClosers.Push('"');
                }

                continue;
            }

            var closer = CloserOf(c);
            if (closer != '\0')
            {
                expectedClosers.Push(closer);
            }

            if (expectedClosers.Count > 8)
            {
                // Unbalanced garbage: stop believing in it.
                expectedClosers.Clear();
            }
        }
    }

    /// <summary>Whether <paramref name="c"/> opens a quotation.</summary>
    public static bool IsOpener(char c) => CloserOf(c) != '\0' || c == '"';

    /// <summary>Whether <paramref name="c"/> is a quotation mark that can close.</summary>
    public static bool IsCloser(char c) => c is '"' or '»' or '“' or '”' or '›' or '」' or '』' or '«';

    private static char CloserOf(char c) => c switch
    {
        '«' => '»',
        '„' => '“',
        '“' => '”',
        '‹' => '›',
        '「' => '」',
        '『' => '』',
        _ => '\0',
    };

    private static bool Closes(char expected, char c) => expected switch
    {
        '”' => c is '”' or '“',
        '“' => c is '“' or '”',
        _ => c == expected,
    };
}
