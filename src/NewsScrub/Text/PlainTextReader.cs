using NewsScrub.Internal;

namespace NewsScrub.Text;

/// <summary>
/// Reads already-scraped text into segments: one segment per non-blank line, remembering what a scraper
/// leaves as clues (leading whitespace after inline markup, bullets, blank lines between blocks).
/// </summary>
internal static class PlainTextReader
{
    private static readonly char[] Bullets = ['•', '·', '▪', '◦', '‣', '►', '▶', '■', '□', '●', '○', '*', '-'];

    public static ScrubDocument Read(string text)
    {
        var segments = new List<Segment>();
        var blankBefore = true;
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            var end = span.IndexOfAny('\n', '\r');
            var line = end < 0 ? span : span[..end];
            span = end < 0 ? [] : span[(end + ((span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n') ? 2 : 1))..];

            var segment = ReadLine(line, blankBefore);
            if (segment is null)
            {
                blankBefore = true;
                continue;
            }

            segments.Add(segment);
            blankBefore = false;
        }

        return new ScrubDocument(segments);
    }

    private static Segment? ReadLine(ReadOnlySpan<char> line, bool blankBefore)
    {
        var leading = 0;
        while (leading < line.Length && (TextNormalizer.IsSpace(line[leading]) || TextNormalizer.IsInvisible(line[leading])))
        {
            leading++;
        }

        var trailing = line.Length;
        while (trailing > leading && (TextNormalizer.IsSpace(line[trailing - 1]) || TextNormalizer.IsInvisible(line[trailing - 1])))
        {
            trailing--;
        }

        if (trailing == leading)
        {
            return null;
        }

        var content = line[leading..trailing];
        var isBullet = false;
        if (content.Length >= 2 && Array.IndexOf(Bullets, content[0]) >= 0 && TextNormalizer.IsSpace(content[1]))
        {
            isBullet = true;
            content = content[1..];
        }

        var text = TextNormalizer.CollapseWhitespace(content);
        if (text.Length == 0)
        {
            return null;
        }

        return new Segment(text)
        {
            LeadingSpace = leading > 0 && !isBullet,
            TrailingSpace = trailing < line.Length,
            BreakBefore = blankBefore,
            IsBullet = isBullet,
            Kind = isBullet ? BlockKind.ListItem : BlockKind.Paragraph,
        };
    }
}
