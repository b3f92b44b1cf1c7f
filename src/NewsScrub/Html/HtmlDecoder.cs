using System.Text;

namespace NewsScrub.Html;

/// <summary>Turns the bytes of a page into a string. (Charset detection arrives with the HTML issue.)</summary>
internal static class HtmlDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        _ = contentType;
        return Encoding.UTF8.GetString(bytes);
    }
}
