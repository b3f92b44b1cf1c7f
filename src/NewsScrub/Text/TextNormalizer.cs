using System.Text;

namespace NewsScrub.Text;

/// <summary>Character-level clean-up shared by the readers: whitespace, invisible characters, controls.</summary>
internal static class TextNormalizer
{
    /// <summary>Whitespace of any kind, including no-break and thin spaces.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2008' or '\u205F' or '\u3000' or '\u1680' or '\f' or '\v';

    /// <summary>Characters that carry nothing and are dropped (zero-width spaces, BOM, soft hyphen).</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>Collapses whitespace runs to one space, trims, drops invisible and control characters, and applies NFC.</summary>
    public static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c) || c is '\n' or '\r')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisible(c) || (char.IsControl(c)))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return Nfc(builder.ToString());
    }

    public static string Nfc(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates (binary input) cannot be normalised; keep the text as it is.
            return text;
        }
    }
}
