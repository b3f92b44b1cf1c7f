using System.Collections.Frozen;
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

    private const int MinProseRunBlocks = 3;

    /// <summary>Teaser headlines stay under this many words; a longer block without final punctuation is still prose.</summary>
    private const int MinProseWords = 20;

    /// <summary>Link lines inside an article (related headlines, credits) that a run of prose may span.</summary>
    private const int MaxProseRunGap = 3;

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

        // Without a stopword profile for the language, density says nothing: judge by length and links alone (jusText's
        // language-independent mode). The same mode is the fallback when the profile finds no prose at all.
        var profiled = document.Language is not null && LanguageProfiles.Stopwords.ContainsKey(document.Language);
        var stopwords = LanguageProfiles.For(document.Language).GetAlternateLookup<ReadOnlySpan<char>>();
        var repeated = RepeatedShortLines(segments, indexes);
        var headings = new bool[indexes.Count];
        for (var k = 0; k < indexes.Count; k++)
        {
            var segment = segments[indexes[k]];
            headings[k] = segment.IsMarkedHeading || TextShape.IsHeadingLike(segment.Text, 15);
        }

        var initial = ClassifyAll(segments, indexes, repeated, stopwords, profiled);
        var revised = Revise(segments, indexes, initial, headings);
        if (profiled && !revised.Contains(BlockClass.Good))
        {
            initial = ClassifyAll(segments, indexes, repeated, stopwords, useDensity: false);
            revised = Revise(segments, indexes, initial, headings);
        }

        if (!revised.Contains(BlockClass.Good))
        {
            // A short text (a paragraph or two, already clean) has no block long enough to anchor the context
            // pass; keep what reads as prose rather than return an empty article.
            for (var k = 0; k < revised.Length; k++)
            {
                if (initial[k] is BlockClass.NearGood or BlockClass.Good || (initial[k] == BlockClass.Short && TextShape.EndsSentence(segments[indexes[k]].Text)))
                {
                    revised[k] = BlockClass.Good;
                }
            }
        }

        RecoverSubheadings(segments, indexes, initial, headings, repeated, revised);
        var commentsStart = CommentsStart(segments, indexes, revised);
        var seenLong = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < indexes.Count; k++)
        {
            var segment = segments[indexes[k]];
            if (indexes[k] > commentsStart)
            {
                segment.Remove(RemovalCategory.Comments, Name);
            }
            else if (revised[k] != BlockClass.Good)
            {
                var category = repeated.Contains(segment.Text) ? RemovalCategory.Duplicate
                    : segment.Text.Length < options.ShortLength ? RemovalCategory.Navigation : RemovalCategory.LowQuality;
                segment.Remove(category, Name);
            }
            else if (segment.Text.Length >= options.MaxRepeatedLineLength && !seenLong.Add(segment.Text))
            {
                // A long paragraph repeated (a pull quote, a teaser of the same story) is kept once.
                segment.Remove(RemovalCategory.Duplicate, Name);
            }
            else
            {
                segment.Keep();
            }
        }

        RemoveTrailingHeading(segments);
        MarkHeadings(segments);
    }

    /// <summary>A heading-like line that ends the body heads nothing: it is furniture that sat next to the article.</summary>
    private void RemoveTrailingHeading(List<Segment> segments)
    {
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var segment = segments[i];
            if (segment.IsRemoved)
            {
                continue;
            }

            if (segment.Kind == BlockKind.Paragraph && !segment.IsMarkedHeading && TextShape.IsHeadingLike(segment.Text, 15) && segment.Text.Length < options.ShortLength)
            {
                segment.Remove(RemovalCategory.Navigation, Name);
            }

            return;
        }
    }

    private BlockClass[] ClassifyAll(List<Segment> segments, List<int> indexes, HashSet<string> repeated, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopwords, bool useDensity)
    {
        var classes = new BlockClass[indexes.Count];
        for (var k = 0; k < indexes.Count; k++)
        {
            var segment = segments[indexes[k]];
            classes[k] = repeated.Contains(segment.Text) ? BlockClass.Bad : Classify(segment, stopwords, useDensity);
        }

        return classes;
    }

    private BlockClass Classify(Segment segment, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopwords, bool useDensity)
    {
        var text = segment.Text;
        var length = TextShape.EffectiveLength(text);
        var linkDensity = length == 0 ? 0 : (double)segment.LinkCharacters / length;
        if (linkDensity > options.MaxLinkDensity || text.Contains('©', StringComparison.Ordinal))
        {
            return BlockClass.Bad;
        }

        if (length < options.ShortLength)
        {
            // In scraped text a short line without final punctuation is what a link looks like (menus, teasers,
            // buttons); headings among them are recovered by the heading rule when prose follows.
            return segment.LinkCharacters > 0 || (!TextShape.EndsSentence(text) && !segment.IsMarkedHeading && text[^1] is not ':' and not ',')
                ? BlockClass.Bad
                : BlockClass.Short;
        }

        var statistics = StopwordStatistics.Of(text, stopwords);
        var low = useDensity ? options.LowStopwordDensity : 0;
        var high = useDensity ? options.HighStopwordDensity : 0;
        if (statistics.Density >= high)
        {
            return length > options.LongLength ? BlockClass.Good : BlockClass.NearGood;
        }

        // A complete sentence without links reads as prose even when its words are mostly names and numbers.
        var sentence = segment.LinkCharacters == 0 && statistics.Words >= MinSentenceWords && TextShape.EndsSentence(text);
        return statistics.Density >= low || sentence ? BlockClass.NearGood : BlockClass.Bad;
    }

    private BlockClass[] Revise(List<Segment> segments, List<int> indexes, BlockClass[] initial, bool[] headings)
    {
        var classes = (BlockClass[])initial.Clone();

        // Short headings just before good text are treated as near-good, so the passes below can keep them.
        for (var k = 0; k < classes.Length; k++)
        {
            if (headings[k] && classes[k] == BlockClass.Short && GoodFollowsWithin(segments, indexes, initial, k, options.MaxHeadingDistance))
            {
                classes[k] = BlockClass.NearGood;
            }
        }

        PromoteProseRuns(segments, indexes, classes);
        var afterShort = (BlockClass[])classes.Clone();
        var (previous, next) = Neighbours(classes, ignoreNearGood: true);
        var (nearPrevious, nearNext) = Neighbours(classes, ignoreNearGood: false);
        for (var k = 0; k < classes.Length; k++)
        {
            if (classes[k] != BlockClass.Short)
            {
                continue;
            }

            if (previous[k] == BlockClass.Good && next[k] == BlockClass.Good)
            {
                afterShort[k] = BlockClass.Good;
            }
            else if (previous[k] == BlockClass.Bad && next[k] == BlockClass.Bad)
            {
                afterShort[k] = BlockClass.Bad;
            }
            else
            {
                afterShort[k] = nearPrevious[k] == BlockClass.NearGood || nearNext[k] == BlockClass.NearGood ? BlockClass.Good : BlockClass.Bad;
            }
        }

        classes = afterShort;
        var final = (BlockClass[])classes.Clone();
        (previous, next) = Neighbours(classes, ignoreNearGood: true);
        for (var k = 0; k < classes.Length; k++)
        {
            if (classes[k] == BlockClass.NearGood)
            {
                final[k] = previous[k] == BlockClass.Bad && next[k] == BlockClass.Bad ? BlockClass.Bad : BlockClass.Good;
            }
        }

        // Headings demoted by their neighbours come back when good text follows closely.
        for (var k = 0; k < final.Length; k++)
        {
            if (!headings[k] || final[k] != BlockClass.Bad)
            {
                continue;
            }

            if (initial[k] != BlockClass.Bad && GoodFollowsWithin(segments, indexes, final, k, options.MaxHeadingDistance))
            {
                final[k] = BlockClass.Good;
            }
        }

        return final;
    }

    /// <summary>
    /// A run of several prose-like blocks (near-good, with short ones between) is article text even when no single block
    /// is long and dense enough to be good on its own: short-paragraph news, live blogs, languages with small stoplists.
    /// </summary>
    private void PromoteProseRuns(List<Segment> segments, List<int> indexes, BlockClass[] classes)
    {
        var start = 0;
        while (start < classes.Length)
        {
            if (!IsProse(segments[indexes[start]], classes[start]))
            {
                start++;
                continue;
            }

            // The run goes on across short blocks and single short link-like lines (an inline image credit, a
            // linked name on its own line) as long as prose follows them.
            var end = start;
            var blocks = 0;
            var length = 0;
            for (var k = start; k < classes.Length; k++)
            {
                var segment = segments[indexes[k]];
                if (IsProse(segment, classes[k]))
                {
                    blocks++;
                    length += TextShape.EffectiveLength(segment.Text);
                    end = k;
                }
                else if (classes[k] == BlockClass.Bad && !IsShortGapBeforeProse(segments, indexes, classes, k))
                {
                    break;
                }
            }

            if (blocks >= MinProseRunBlocks && length >= options.LongLength * 3 / 2)
            {
                for (var k = start; k <= end; k++)
                {
                    if (classes[k] == BlockClass.NearGood)
                    {
                        classes[k] = BlockClass.Good;
                    }
                }
            }

            start = end + 1;
        }
    }

    /// <summary>Block <paramref name="index"/> starts a gap of at most a few short lines after which prose resumes.</summary>
    private bool IsShortGapBeforeProse(List<Segment> segments, List<int> indexes, BlockClass[] classes, int index)
    {
        for (var k = index; k < classes.Length && k < index + MaxProseRunGap + 1; k++)
        {
            if (IsProse(segments[indexes[k]], classes[k]))
            {
                return true;
            }

            if (classes[k] == BlockClass.Bad && segments[indexes[k]].Text.Length >= options.ShortLength)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A link-free heading-like line that looked like a menu entry is a subheading when good blocks surround it.</summary>
    private static void RecoverSubheadings(List<Segment> segments, List<int> indexes, BlockClass[] initial, bool[] headings, HashSet<string> repeated, BlockClass[] classes)
    {
        for (var k = 1; k + 1 < classes.Length; k++)
        {
            if (headings[k] && classes[k] == BlockClass.Bad && initial[k] == BlockClass.Bad && segments[indexes[k]].LinkCharacters == 0
                && !repeated.Contains(segments[indexes[k]].Text)
                && classes[k - 1] == BlockClass.Good && classes[k + 1] == BlockClass.Good)
            {
                classes[k] = BlockClass.Good;
            }
        }
    }

    /// <summary>
    /// Where the reader comments start: the first comments heading ("5 comments", "Leave a reply") that follows most
    /// of the article's good text. A comment count near the top of the page does not qualify. int.MaxValue when none.
    /// </summary>
    private static int CommentsStart(List<Segment> segments, List<int> indexes, BlockClass[] classes)
    {
        var total = 0;
        for (var k = 0; k < indexes.Count; k++)
        {
            total += classes[k] == BlockClass.Good ? segments[indexes[k]].Text.Length : 0;
        }

        var before = 0;
        var k2 = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            if (k2 < indexes.Count && indexes[k2] == i)
            {
                before += classes[k2] == BlockClass.Good ? segments[i].Text.Length : 0;
                k2++;
            }
            else if (segments[i].IsRemoved && segments[i].Category == RemovalCategory.Comments && before > 0 && before * 2 >= total)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Prose-like: near-good or good, and written in sentences (teaser headlines are not).</summary>
    private bool IsProse(Segment segment, BlockClass blockClass) =>
        blockClass is BlockClass.NearGood or BlockClass.Good
        && (TextShape.EndsSentence(segment.Text) || segment.Text.Length > options.LongLength || WordScanner.CountWords(segment.Text) >= MinProseWords);

    /// <summary>
    /// For every block, the nearest decided class before and after it (short blocks, and near-good ones when
    /// <paramref name="ignoreNearGood"/>, are skipped); the page edges count as bad. Two linear sweeps, so a page of
    /// any length costs the same per block.
    /// </summary>
    private static (BlockClass[] Previous, BlockClass[] Next) Neighbours(BlockClass[] classes, bool ignoreNearGood)
    {
        var previous = new BlockClass[classes.Length];
        var next = new BlockClass[classes.Length];
        var last = BlockClass.Bad;
        for (var k = 0; k < classes.Length; k++)
        {
            previous[k] = last;
            last = Decides(classes[k], ignoreNearGood) ? classes[k] : last;
        }

        last = BlockClass.Bad;
        for (var k = classes.Length - 1; k >= 0; k--)
        {
            next[k] = last;
            last = Decides(classes[k], ignoreNearGood) ? classes[k] : last;
        }

        return (previous, next);
    }

    private static bool Decides(BlockClass blockClass, bool ignoreNearGood) =>
        blockClass is BlockClass.Good or BlockClass.Bad || (blockClass == BlockClass.NearGood && !ignoreNearGood);

    private static bool GoodFollowsWithin(List<Segment> segments, List<int> indexes, BlockClass[] classes, int index, int maxDistance)
    {
        var distance = 0;
        for (var k = index + 1; k < indexes.Count && distance <= maxDistance; k++)
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
