using NewsScrub.Internal;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>Moves title, captions, dates and tag lists from the body into the article's metadata.</summary>
internal sealed class MetadataStep(MetadataOptions options) : IScrubStep
{
    /// <summary>Captions are short descriptions, not paragraphs.</summary>
    private const int MaxCaptionWords = 70;

    private const int MaxDateParseAttempts = 4;

    /// <summary>A sentence this long is article prose: the headline comes before it.</summary>
    private const int MinProseLength = 100;

    public string Name => "Metadata";

    public void Apply(ScrubDocument document)
    {
        var segments = document.Segments;
        if (options.DetectTitle)
        {
            DetectTitle(document);
        }

        MarkedCaptionsAndTitles(document);

        // Parsing is the expensive part: the first few date lines decide the published date.
        var parseAttempts = MaxDateParseAttempts;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.IsRemoved && segment.Category == RemovalCategory.Timestamp)
            {
                if (document.Published is null && parseAttempts-- > 0)
                {
                    document.Published = DateText.TryParse(segment.Text, document.Language);
                }
            }
            else if (segment.IsCandidate && !SegmentNeighbours.IsMidSentence(segments, i) && DateText.IsDateLine(segment.Text))
            {
                if (document.Published is null && parseAttempts-- > 0)
                {
                    document.Published = DateText.TryParse(segment.Text, document.Language);
                }

                segment.Remove(RemovalCategory.Timestamp, Name);
            }
            else if (options.DetectCaptions && segment.IsRemoved && segment.Category == RemovalCategory.PhotoCredit && (i == 0 || segments[i - 1].Category != RemovalCategory.PhotoCredit || !segments[i - 1].IsRemoved))
            {
                DetectCaption(document, i);
            }
        }

        if (options.DetectTags)
        {
            DetectTrailingTags(document);
        }
    }

    /// <summary>Segments the reader found in a figure caption, or repeating the headline, leave the body for the metadata.</summary>
    private void MarkedCaptionsAndTitles(ScrubDocument document)
    {
        HashSet<string>? captions = null;
        foreach (var segment in document.Segments)
        {
            if (!segment.IsCandidate)
            {
                continue;
            }

            if (segment.RepeatsTitle && options.DetectTitle)
            {
                segment.Remove(RemovalCategory.Title, Name);
            }
            else if (segment.Has(ElementFlags.InFigcaption) && options.DetectCaptions)
            {
                captions ??= new HashSet<string>(document.Captions, StringComparer.Ordinal);
                if (captions.Add(segment.Text))
                {
                    document.Captions.Add(segment.Text);
                }

                segment.Remove(RemovalCategory.Caption, Name);
            }
        }
    }

    private void DetectTitle(ScrubDocument document)
    {
        var segments = document.Segments;
        if (document.Title is not null)
        {
            RemoveRepeats(segments, document.Title, RemovalCategory.Title, 0);
            return;
        }

        if (document.TitleResolved)
        {
            // The reader took the title from the page's markup; a page without one has none to guess from blocks.
            return;
        }

        // The headline is the first line that reads like one among the lines before the first paragraph of prose;
        // menu entries above it are single words or pairs, so past the first line a headline needs three words.
        var first = true;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!segment.IsCandidate)
            {
                continue;
            }

            if (TextShape.EndsSentence(segment.Text) && segment.Text.Length >= MinProseLength)
            {
                return;
            }

            if (LooksLikeTitle(segment.Text, document.Language) && !segment.IsBullet && !IsContinued(segments, i)
                && (first || WordScanner.CountWords(segment.Text) >= 3))
            {
                document.Title = segment.Text;
                segment.Remove(RemovalCategory.Title, Name);
                RemoveRepeats(segments, segment.Text, RemovalCategory.Title, i + 1);
                return;
            }

            first = false;
        }
    }

    /// <summary>A headline: heading-like, one sentence at most, and not stopping on an open quote or a function word.</summary>
    private static bool LooksLikeTitle(string text, string? language)
    {
        if (!TextShape.IsHeadingLike(text, 30) || WordScanner.CountWords(text) < 2)
        {
            return false;
        }

        var last = text[^1];
        if (!(char.IsLetterOrDigit(last) || last is '?' or '!' or ')' or '"' or '”' or '»' or '“' or '\'' or '’'))
        {
            return false;
        }

        if ((text.Contains(". ", StringComparison.Ordinal) && !text.Contains(": ", StringComparison.Ordinal)) || text.Contains('。', StringComparison.Ordinal))
        {
            return false;
        }

        var space = text.LastIndexOf(' ');
        var lastWord = text[(space + 1)..].ToLowerInvariant();
        return !(lastWord.Length <= 4 && LanguageProfiles.For(language).Contains(lastWord));
    }

    private void RemoveRepeats(List<Segment> segments, string text, RemovalCategory category, int from)
    {
        for (var i = from; i < segments.Count; i++)
        {
            if (segments[i].IsCandidate && string.Equals(segments[i].Text, text, StringComparison.Ordinal) && !SegmentNeighbours.IsMidSentence(segments, i))
            {
                segments[i].Remove(category, Name);
            }
        }
    }

    /// <summary>The line is a fragment of a sentence around it: the line before leaves something open, or the next goes on.</summary>
    private static bool IsContinued(List<Segment> segments, int index)
    {
        var previous = index - 1;
        if (previous >= 0 && !segments[index].HardBreakBefore)
        {
            var before = segments[previous].Text;
            if (before[^1] is ',' or ':' or '(' or '-' or '–' or '„' or '“' or '«' or '"' or '‚'
                || (TextShape.IsCjk(before[^1]) && !TextShape.EndsSentence(before) && before.AsSpan().IndexOfAny('。', '、') >= 0))
            {
                return true;
            }
        }

        var next = index + 1;
        return next < segments.Count && !segments[next].HardBreakBefore
            && (segments[next].LeadingSpace || TextShape.StartsLowercase(segments[next].Text) || TextShape.StartsWithContinuingPunctuation(segments[next].Text)
                || segments[next].Text[0] is '”' or '“' or '»' or '"');
    }

    private void DetectCaption(ScrubDocument document, int creditIndex)
    {
        var segments = document.Segments;
        var previous = creditIndex - 1;
        if (previous < 0 || !segments[previous].IsCandidate || segments[previous].IsBullet)
        {
            return;
        }

        // "Image source, AFP" above "Image caption, …": this credit's caption is the one after it.
        if (creditIndex + 1 < segments.Count && segments[creditIndex + 1].IsRemoved && segments[creditIndex + 1].Category == RemovalCategory.Caption)
        {
            return;
        }

        var caption = segments[previous];
        var words = CountLetterWords(caption.Text);
        if (words < 3 || words > MaxCaptionWords || SegmentNeighbours.IsMidSentence(segments, previous))
        {
            return;
        }

        document.Captions.Add(caption.Text);
        caption.Remove(RemovalCategory.Caption, Name);
    }

    /// <summary>Words of two letters or more: "11/18/19 11:04 PM EST" has two, and is a timestamp, not a caption.</summary>
    private static int CountLetterWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(static word => word.Count(char.IsLetter) >= 2);

    /// <summary>A run of short bullet lines after the last paragraph is the page's tag list.</summary>
    private void DetectTrailingTags(ScrubDocument document)
    {
        var segments = document.Segments;
        var end = segments.Count - 1;
        while (end >= 0 && segments[end].IsRemoved)
        {
            end--;
        }

        var start = end;
        while (start >= 0 && segments[start].IsCandidate && segments[start].IsBullet && WordScanner.CountWords(segments[start].Text) <= options.MaxTagWords && !TextShape.EndsSentence(segments[start].Text))
        {
            start--;
        }

        if (end - start < 2)
        {
            return;
        }

        for (var i = start + 1; i <= end; i++)
        {
            document.Tags.Add(segments[i].Text);
            segments[i].Remove(RemovalCategory.Tags, Name);
        }
    }
}
