using NewsScrub.Internal;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>
/// Classifies the remaining blocks as prose or furniture from their own statistics, then revises each class from its
/// neighbours (jusText's context pass; the page edges count as furniture), and marks subheadings.
/// </summary>
internal sealed class ContentFilterStep(ContentFilterOptions options) : IScrubStep
{
    private const int MinSentenceWords = 6;

    public string Name => "ContentFilter";

    public void Apply(ScrubDocument document)
    {
        if (document.IsHtml)
        {
            Html.HtmlContentFilter.Apply(document, options, Name);
            return;
        }

        var segments = document.Segments;
        var indexes = new List<int>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].IsCandidate)
            {
                indexes.Add(i);
            }
        }

        if (indexes.Count == 0)
        {
            return;
        }

        var stopwords = LanguageProfiles.For(document.Language);
        var repeated = RepeatedShortLines(segments, indexes);
        var initial = new BlockClass[indexes.Count];
        var headings = new bool[indexes.Count];
        for (var k = 0; k < indexes.Count; k++)
        {
            var segment = segments[indexes[k]];
            headings[k] = segment.IsMarkedHeading || TextShape.IsHeadingLike(segment.Text, 15);
            initial[k] = repeated.Contains(segment.Text) ? BlockClass.Bad : Classify(segment, stopwords);
        }

        var revised = Revise(segments, indexes, initial, headings);
        var seenLong = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < indexes.Count; k++)
        {
            var segment = segments[indexes[k]];
            if (revised[k] != BlockClass.Good)
            {
                var category = repeated.Contains(segment.Text) ? RemovalCategory.Duplicate
                    : segment.Text.Length < options.ShortLength ? RemovalCategory.Navigation : RemovalCategory.LowQuality;
                segment.Remove(category, Name);
            }
            else if (segment.Text.Length >= options.MaxRepeatedLineLength && !seenLong.Add(segment.Text))
            {
                segment.Remove(RemovalCategory.Duplicate, Name);
            }
            else
            {
                segment.Keep();
            }
        }

        MarkHeadings(segments);
    }

    private BlockClass Classify(Segment segment, System.Collections.Frozen.FrozenSet<string> stopwords)
    {
        var text = segment.Text;
        var length = text.Length;
        var linkDensity = length == 0 ? 0 : (double)segment.LinkCharacters / length;
        if (linkDensity > options.MaxLinkDensity || text.Contains('©', StringComparison.Ordinal))
        {
            return BlockClass.Bad;
        }

        if (length < options.ShortLength)
        {
            return segment.LinkCharacters > 0 ? BlockClass.Bad : BlockClass.Short;
        }

        var statistics = StopwordStatistics.Of(text, stopwords);
        if (statistics.Density >= options.HighStopwordDensity)
        {
            return length > options.LongLength ? BlockClass.Good : BlockClass.NearGood;
        }

        // A complete sentence without links reads as prose even when its words are mostly names and numbers.
        var sentence = segment.LinkCharacters == 0 && statistics.Words >= MinSentenceWords && TextShape.EndsSentence(text);
        return statistics.Density >= options.LowStopwordDensity || sentence ? BlockClass.NearGood : BlockClass.Bad;
    }

    private BlockClass[] Revise(List<Segment> segments, List<int> indexes, BlockClass[] initial, bool[] headings)
    {
        var classes = (BlockClass[])initial.Clone();

        // Short headings just before good text are treated as near-good, so the passes below can keep them.
        for (var k = 0; k < classes.Length; k++)
        {
            if (headings[k] && classes[k] == BlockClass.Short && GoodFollowsWithin(segments, indexes, initial, k))
            {
                classes[k] = BlockClass.NearGood;
            }
        }

        var afterShort = (BlockClass[])classes.Clone();
        for (var k = 0; k < classes.Length; k++)
        {
            if (classes[k] != BlockClass.Short)
            {
                continue;
            }

            var previous = Neighbour(classes, k, -1, ignoreNearGood: true);
            var next = Neighbour(classes, k, +1, ignoreNearGood: true);
            if (previous == BlockClass.Good && next == BlockClass.Good)
            {
                afterShort[k] = BlockClass.Good;
            }
            else if (previous == BlockClass.Bad && next == BlockClass.Bad)
            {
                afterShort[k] = BlockClass.Bad;
            }
            else
            {
                var nearPrevious = Neighbour(classes, k, -1, ignoreNearGood: false);
                var nearNext = Neighbour(classes, k, +1, ignoreNearGood: false);
                afterShort[k] = nearPrevious == BlockClass.NearGood || nearNext == BlockClass.NearGood ? BlockClass.Good : BlockClass.Bad;
            }
        }

        classes = afterShort;
        var final = (BlockClass[])classes.Clone();
        for (var k = 0; k < classes.Length; k++)
        {
            if (classes[k] != BlockClass.NearGood)
            {
                continue;
            }

            var previous = Neighbour(classes, k, -1, ignoreNearGood: true);
            var next = Neighbour(classes, k, +1, ignoreNearGood: true);
            final[k] = previous == BlockClass.Bad && next == BlockClass.Bad ? BlockClass.Bad : BlockClass.Good;
        }

        // Headings demoted by their neighbours come back when good text follows closely.
        for (var k = 0; k < final.Length; k++)
        {
            if (headings[k] && final[k] == BlockClass.Bad && initial[k] != BlockClass.Bad && GoodFollowsWithin(segments, indexes, final, k))
            {
                final[k] = BlockClass.Good;
            }
        }

        return final;
    }

    /// <summary>The nearest class in <paramref name="direction"/> that is decided; the page edges count as bad.</summary>
    private static BlockClass Neighbour(BlockClass[] classes, int index, int direction, bool ignoreNearGood)
    {
        for (var k = index + direction; k >= 0 && k < classes.Length; k += direction)
        {
            var c = classes[k];
            if (c is BlockClass.Good or BlockClass.Bad || (c == BlockClass.NearGood && !ignoreNearGood))
            {
                return c;
            }
        }

        return BlockClass.Bad;
    }

    private bool GoodFollowsWithin(List<Segment> segments, List<int> indexes, BlockClass[] classes, int index)
    {
        var distance = 0;
        for (var k = index + 1; k < indexes.Count && distance <= options.MaxHeadingDistance; k++)
        {
            if (classes[k] == BlockClass.Good)
            {
                return true;
            }

            distance += segments[indexes[k]].Text.Length;
        }

        return false;
    }

    private HashSet<string> RepeatedShortLines(List<Segment> segments, List<int> indexes)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var index in indexes)
        {
            var text = segments[index].Text;
            if (text.Length < options.MaxRepeatedLineLength && WordScanner.CountWords(text) > 0)
            {
                counts[text] = counts.GetValueOrDefault(text) + 1;
            }
        }

        return counts.Where(static pair => pair.Value > 1).Select(static pair => pair.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A kept short line without final punctuation, followed by kept text, is a subheading.</summary>
    private static void MarkHeadings(List<Segment> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsRemoved || segment.Kind != BlockKind.Paragraph)
            {
                continue;
            }

            if (segment.IsMarkedHeading)
            {
                segment.Kind = BlockKind.Heading;
                continue;
            }

            var next = SegmentNeighbours.Next(segments, i);
            if (next >= 0 && TextShape.IsHeadingLike(segment.Text, 15) && !TextShape.EndsSentence(segment.Text)
                && segment.Text[^1] is not ':' && TextShape.EndsSentence(segments[next].Text) && segments[next].Text.Length > segment.Text.Length)
            {
                segment.Kind = BlockKind.Heading;
            }
        }
    }
}
