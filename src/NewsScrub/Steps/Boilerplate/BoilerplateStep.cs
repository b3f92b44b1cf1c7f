using NewsScrub.Internal;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>Removes lines that the phrase catalogue names as page furniture, and keeps what they carry (byline, tags).</summary>
internal sealed class BoilerplateStep(BoilerplateOptions options) : IScrubStep
{
    private readonly PhraseCatalog catalog = new(options);

    private readonly FurnitureShapes shapes = new();

    /// <summary>The most headlines a "More on this story" heading is taken to introduce.</summary>
    private const int MaxIntroducedLinks = 12;

    private static readonly char[] LabelMarks = [':', '：', '|', ',', ' '];

    private static readonly char[] NameMarks = [',', ';', '|', '-', ' '];

    public string Name => "Boilerplate";

    public void Apply(ScrubDocument document)
    {
        var segments = document.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            // After reflow only the rebuilt paragraphs are new to the catalogue; single lines were judged already.
            if (!segment.IsCandidate || (document.Reflowed && !segment.IsJoined) || SegmentNeighbours.IsMidSentence(segments, i))
            {
                continue;
            }

            var hit = catalog.Match(segment.Text, document.Language);
            if (hit is null)
            {
                if (TryBylineWithoutColon(document, segment))
                {
                    segment.Remove(RemovalCategory.Byline, Name);
                }
                else if (FurnitureShapes.CaptionBeforeCredit(segment.Text) is { } caption)
                {
                    document.Captions.Add(caption);
                    segment.Remove(RemovalCategory.Caption, Name);
                }
                else if (shapes.Classify(segment.Text, document.Language) is { } shape)
                {
                    segment.Remove(shape, Name);
                }

                continue;
            }

            var rest = hit.Value.End >= segment.Text.Length ? string.Empty : segment.Text[hit.Value.End..].TrimStart(LabelMarks).Trim();
            switch (hit.Value.Category)
            {
                case RemovalCategory.Byline:
                    if (!CaptureByline(document, rest))
                    {
                        continue;
                    }

                    break;
                case RemovalCategory.Tags when rest.Length > 0:
                    document.Tags.AddRange(rest.Split([',', ';', '|', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case RemovalCategory.Caption when rest.Length > 0:
                    document.Captions.Add(rest);
                    break;
                case RemovalCategory.Caption:
                    // A bare "Image caption" line: the caption is the next line.
                    TakeIntroducedCaption(document, i);
                    break;
                case RemovalCategory.RelatedLink when rest.Length == 0:
                    // "More on this story", a bare "See also": the headlines listed under it go with it.
                    RemoveIntroducedLinks(segments, i, hit.Value.Phrase.Match == PhraseMatch.Label);
                    break;
                case RemovalCategory.PhotoCredit when rest.Length == 0 && hit.Value.Phrase.Match == PhraseMatch.Label:
                    // A bare label ("Credit...") introduces the next line: a name.
                    RemoveIntroducedLine(segments, i, hit.Value.Category);
                    break;
            }

            segment.Remove(hit.Value.Category, Name);
        }
    }

    private bool CaptureByline(ScrubDocument document, string rest)
    {
        if (rest.Length == 0)
        {
            return true;
        }

        // "By the end of the day, ..." is prose, not a byline.
        var name = TrimTrailingButtons(rest, document.Language);
        if (!TextShape.IsNameLike(name, 12))
        {
            return false;
        }

        document.Byline ??= name;
        return true;
    }

    /// <summary>"By Jane Doe": a byline word followed by a short run of capitalised words.</summary>
    private bool TryBylineWithoutColon(ScrubDocument document, Segment segment)
    {
        var text = segment.Text;
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || text.Length > 80)
        {
            return false;
        }

        if (!catalog.IsBylineWord(text.AsSpan(0, space)))
        {
            return false;
        }

        var name = TrimTrailingButtons(text[(space + 1)..], document.Language);
        if (!TextShape.IsNameLike(name, 8))
        {
            return false;
        }

        document.Byline ??= name;
        return true;
    }

    /// <summary>Drops trailing button words scraped together with a byline ("RFI Follow").</summary>
    private string TrimTrailingButtons(string name, string? language)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && catalog.Match(words[^1], language) is { Category: RemovalCategory.ShareFollow or RemovalCategory.Newsletter })
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).Trim(NameMarks);
    }

    private void TakeIntroducedCaption(ScrubDocument document, int index)
    {
        var next = SegmentNeighbours.Next(document.Segments, index);
        if (next < 0 || !document.Segments[next].IsCandidate || document.Segments[next].Text.Length > 600 || Languages.WordScanner.CountWords(document.Segments[next].Text) < 3)
        {
            return;
        }

        document.Captions.Add(document.Segments[next].Text);
        document.Segments[next].Remove(RemovalCategory.Caption, Name);
    }

    /// <summary>
    /// Removes the headline links under a related-links heading: the run of headline-like lines (and their dates) that
    /// follows it, two at least. When prose follows the run, its last line may be the article's next subheading, so it
    /// stays, unless the heading was a bare label ("See also:") that always introduces one headline.
    /// </summary>
    private void RemoveIntroducedLinks(List<Segment> segments, int index, bool label)
    {
        var run = new List<int>();
        var next = SegmentNeighbours.Next(segments, index);
        while (next >= 0 && run.Count < MaxIntroducedLinks && segments[next].IsCandidate && !segments[next].IsMarkedHeading && IsHeadline(segments[next].Text)
            && !SegmentNeighbours.IsMidSentence(segments, next) && !EndsWithFunctionWord(segments[next].Text, segments, next))
        {
            run.Add(next);
            next = SegmentNeighbours.Next(segments, next);
        }

        var proseFollows = next >= 0 && segments[next].IsCandidate && !IsHeadline(segments[next].Text);
        var keep = proseFollows && (run.Count > 1 || !label) ? 1 : 0;

        // A whole-line heading ("More on this story") heads a list; one line after "Read more" is no list.
        if (!label && run.Count - keep < 2)
        {
            return;
        }

        for (var k = 0; k < run.Count - keep; k++)
        {
            segments[run[k]].Remove(RemovalCategory.RelatedLink, Name);
        }
    }

    /// <summary>"TNG50 is the latest simulation created by the": a line stopping on a short function word goes on in the next.</summary>
    private static bool EndsWithFunctionWord(string text, List<Segment> segments, int index)
    {
        var space = text.LastIndexOf(' ');
        var last = text[(space + 1)..];
        return last.Length <= 4 && index + 1 < segments.Count && Languages.LanguageProfiles.Union.Contains(last.ToLowerInvariant());
    }

    /// <summary>A teaser headline: short, capitalised, no full stop (a question mark is fine), or a date line under one.</summary>
    private static bool IsHeadline(string text) =>
        TextShape.IsHeadingLike(text.TrimEnd('?'), 25) || DateText.IsDateLine(text);

    private void RemoveIntroducedLine(List<Segment> segments, int index, RemovalCategory category)
    {
        var next = SegmentNeighbours.Next(segments, index);
        if (next < 0 || !segments[next].IsCandidate)
        {
            return;
        }

        var text = segments[next].Text;
        var fits = category == RemovalCategory.PhotoCredit
            ? TextShape.IsNameLike(text, 10) || text.Contains('/', StringComparison.Ordinal)
            : TextShape.IsHeadingLike(text, 25);
        if (fits)
        {
            segments[next].Remove(category, Name);
        }
    }
}
