using System.Buffers;
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
        if (IsAlreadyClean(text))
        {
            return text.ToString();
        }

        var rented = text.Length <= 512 ? null : ArrayPool<char>.Shared.Rent(text.Length);
        var buffer = rented is null ? stackalloc char[text.Length] : rented;
        var length = 0;
        var pendingSpace = false;
        var mayNeedNormalization = false;
        foreach (var c in text)
        {
            if (IsSpace(c) || c is '\n' or '\r')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (IsInvisible(c) || char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            mayNeedNormalization |= !IsNfcInert(c);
            buffer[length++] = c;
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return mayNeedNormalization ? Nfc(result) : result;
    }

    /// <summary>
    /// Whether NFC could change the text: it holds a character outside the ranges that composition never touches (Latin
    /// before the combining marks, Cyrillic and Greek letters, typographic punctuation, currency and symbols, kana without
    /// the voicing marks, CJK ideographs, hangul syllables, full-width forms, emoji). Conservative: a false answer is
    /// certain, a true one means "ask <see cref="Nfc"/>". Most pages need no composition, and asking costs a pass.
    /// </summary>
    public static bool MayNeedComposition(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAnyExceptInRange('\0', '\u02FF');
        if (at < 0)
        {
            return false;
        }

        foreach (var c in text[at..])
        {
            var stable = c switch
            {
                < '\u0300' => true,
                >= '\u0370' and <= '\u0373' or >= '\u0375' and <= '\u037D' or >= '\u037F' and <= '\u0386' or >= '\u0388' and <= '\u03FF' => true,
                >= '\u0400' and <= '\u0482' or >= '\u048A' and <= '\u052F' => true,
                >= '\u2002' and <= '\u20CF' => true,
                >= '\u2150' and <= '\u2328' or >= '\u232B' and <= '\u2ADB' or >= '\u2ADD' and <= '\u2BFF' => true,
                >= '\u3000' and <= '\u3098' or >= '\u309B' and <= '\u30FF' => true,
                >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' => true,
                >= '\uAC00' and <= '\uD7A3' => true,
                >= '\uD83C' and <= '\uD83E' or >= '\uDC00' and <= '\uDFFF' => true,
                >= '\uE000' and <= '\uF8FF' or >= '\uFE00' and <= '\uFE0F' or >= '\uFF00' and <= '\uFFEF' => true,
                _ => false,
            };
            if (!stable)
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// A character that NFC leaves alone and that nothing composes with: Latin below U+0300, Cyrillic letters, general
    /// punctuation (dashes, curly quotes; not the spaces and format characters around them), kana, CJK ideographs and
    /// Hangul syllables. Text made only of these needs no normalisation call, and it is most text.
    /// </summary>
    private static bool IsNfcInert(char c) => c < '\u0300'
        || c is (>= '\u0400' and <= '\u0482') or (>= '\u048A' and <= '\u04FF')
        || c is (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E')
        || c is (>= '\u3001' and <= '\u303F') or (>= '\u3041' and <= '\u3096') or (>= '\u30A0' and <= '\u30FF')
        || c is (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3');

    /// <summary>
    /// Nothing to do: no leading, trailing or doubled spaces, no special whitespace, no invisible or control characters,
    /// and only NFC-inert characters.
    /// </summary>
    private static bool IsAlreadyClean(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] == ' ' || text[^1] == ' ')
        {
            return text.IsEmpty;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
                continue;
            }

            previousSpace = false;
            if (c < ' ' || (c >= '\u007F' && c < '\u00A1') || c == '\u00AD' || !IsNfcInert(c))
            {
                return false;
            }
        }

        return true;
    }
}
