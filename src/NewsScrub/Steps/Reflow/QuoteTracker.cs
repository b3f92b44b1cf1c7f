namespace NewsScrub.Steps;

/// <summary>
/// Tracks which quotations are open across the lines of a paragraph, with a language's <see cref="QuoteStyle"/>.
/// Pairs are matched by their closer; a mark that opens and closes alike (<c>"</c>) opens at the start of a line or
/// after a space or bracket, and closes an open one of its kind. Single quotes are ignored: they are mostly apostrophes.
/// </summary>
internal sealed class QuoteTracker(QuoteStyle style)
{
    private readonly Stack<char> expectedClosers = new();

    public QuoteStyle Style => style;

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
            if (c < '"' || (c > '"' && c < '«'))
            {
                continue;
            }

            if (expectedClosers.Count > 0 && Closes(expectedClosers.Peek(), c))
            {
                expectedClosers.Pop();
                continue;
            }

            var closer = style.CloserOf(c);
            if (closer == '\0')
            {
                continue;
            }

            if (closer == c)
            {
                var before = i == 0 ? ' ' : text[i - 1];
                if (!(char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':'))
                {
                    continue;
                }
            }

            expectedClosers.Push(closer);
            if (expectedClosers.Count > 8)
            {
                // Unbalanced garbage: stop believing in it.
                expectedClosers.Clear();
            }
        }
    }

    /// <summary>Typographic double quotes close each other's pairs: “…“ and „…” are common typing.</summary>
    private static bool Closes(char expected, char c) => expected switch
    {
        '”' => c is '”' or '“',
        '“' => c is '“' or '”',
        _ => c == expected,
    };
}
