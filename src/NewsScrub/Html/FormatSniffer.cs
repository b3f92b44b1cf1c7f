namespace NewsScrub.Html;

/// <summary>Decides whether a string is HTML markup or plain text, from its first few kilobytes.</summary>
internal static class FormatSniffer
{
    private static readonly string[] Markers = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<div", "<p>", "<p ", "<article", "<br", "<span", "<title", "<script", "<table"];

    /// <summary>Whether raw bytes hold HTML: their head decoded as the bytes show (BOM, UTF-16 without one, else UTF-8).</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> input) => LooksLikeHtml(HtmlDecoder.DecodeHead(input, 16 * 1024));

    public static bool LooksLikeHtml(string input)
    {
        var head = input.AsSpan(0, Math.Min(input.Length, 8192)).TrimStart();
        if (head.IsEmpty || head[0] != '<')
        {
            // Text that merely mentions a tag later on is still text; pages start with markup.
            return head.Length > 0 && CountTags(head) >= 3 && head.Contains("</", StringComparison.Ordinal);
        }

        foreach (var marker in Markers)
        {
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return CountTags(head) >= 2;
    }

    private static int CountTags(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '<' && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/'))
            {
                count++;
            }
        }

        return count;
    }
}
