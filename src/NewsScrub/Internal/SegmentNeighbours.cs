using NewsScrub.Text;

namespace NewsScrub.Internal;

/// <summary>Navigation among a document's segments, skipping what earlier steps already removed.</summary>
internal static class SegmentNeighbours
{
    public static int Next(List<Segment> segments, int index)
    {
        for (var i = index + 1; i < segments.Count; i++)
        {
            if (!segments[i].IsRemoved)
            {
                return i;
            }
        }

        return -1;
    }

    public static int Previous(List<Segment> segments, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!segments[i].IsRemoved)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The segment is a fragment inside a sentence that inline markup split (a linked word, an emphasis),
    /// so a phrase that matches it is a word of the article, not a label.
    /// </summary>
    public static bool IsMidSentence(List<Segment> segments, int index)
    {
        var segment = segments[index];
        if (segment.HardBreakBefore)
        {
            return false;
        }

        var previous = Previous(segments, index);
        if (segment.LeadingSpace && previous >= 0 && !TextShape.EndsSentence(segments[previous].Text) && previous == index - 1)
        {
            return true;
        }

        if (TextShape.StartsWithContinuingPunctuation(segment.Text) && previous == index - 1 && previous >= 0)
        {
            return true;
        }

        var next = index + 1 < segments.Count ? index + 1 : -1;
        return next >= 0 && !segments[next].HardBreakBefore && !TextShape.EndsSentence(segment.Text)
            && (TextShape.StartsWithContinuingPunctuation(segments[next].Text) || (segments[next].LeadingSpace && TextShape.StartsLowercase(segments[next].Text)));
    }
}
