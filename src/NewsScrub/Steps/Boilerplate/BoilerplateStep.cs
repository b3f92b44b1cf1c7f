using NewsScrub.Internal;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>Removes lines that the phrase catalogue names as page furniture, and keeps what they carry (byline, tags).</summary>
internal sealed class BoilerplateStep(BoilerplateOptions options) : IScrubStep
{
    private readonly PhraseCatalog catalog = new(options);

    private static readonly char[] LabelMarks = [':', '：', '|', ' '];

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
                case RemovalCategory.RelatedLink or RemovalCategory.PhotoCredit when rest.Length == 0 && hit.Value.Phrase.Match == PhraseMatch.Label:
                    // A bare label ("See also", "Credit...") introduces the next line: a headline or a name.
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
