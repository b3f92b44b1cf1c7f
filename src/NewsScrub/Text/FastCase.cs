namespace NewsScrub.Text;

/// <summary>Lower-casing without a trip into ICU for ASCII, which is most of the text here.</summary>
internal static class FastCase
{
    public static char ToLower(char c) => c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
}
