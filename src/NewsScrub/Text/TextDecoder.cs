using System.Text;
using NewsScrub.Html;

namespace NewsScrub.Text;

/// <summary>
/// Turns the bytes of a scraped-text page into a string: a byte-order mark or UTF-16 without one is honoured, else
/// UTF-8. Binary data is refused, stray NUL characters are dropped.
/// </summary>
internal static class TextDecoder
{
    /// <exception cref="InvalidDataException">The bytes are binary data, not text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (unicode, skip) = HtmlDecoder.SniffUnicode(bytes);
        if (unicode is null)
        {
            BinaryContent.ThrowIfBinary(bytes);
        }

        return BinaryContent.CheckText((unicode ?? new UTF8Encoding(false)).GetString(bytes[skip..]));
    }
}
