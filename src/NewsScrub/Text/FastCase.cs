namespace NewsScrub.Text;

/// <summary>Lower-casing without a trip into ICU for ASCII, which is most of the text here.</summary>
internal static class FastCase
{
    /// <summary>Lower-case of <paramref name="c"/>: ASCII by arithmetic; other letters go to the culture data only when upper-case (CJK has no case).</summary>
    public static char ToLower(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        return char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
    }
}
