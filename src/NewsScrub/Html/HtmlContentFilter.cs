using NewsScrub.Internal;
using NewsScrub.Steps;
using NewsScrub.Text;

namespace NewsScrub.Html;

/// <summary>
/// The content filter's decision for HTML input. The reader already chose the article's container; this pass
/// works on the blocks inside it, after the phrase catalogue, metadata and reflow steps have run.
/// </summary>
internal static class HtmlContentFilter
{
    public static void Apply(ScrubDocument document, ContentFilterOptions options, string step)
    {
        _ = options;
        foreach (var segment in document.Segments)
        {
            if (!segment.IsCandidate)
            {
                continue;
            }

            var linkDensity = segment.Text.Length == 0 ? 0 : (double)segment.LinkCharacters / segment.Text.Length;
            if (linkDensity > 0.5 && !IsLinkedProse(segment) && !IsVisibleAddress(segment.Text))
            {
                segment.Remove(RemovalCategory.Navigation, step);
                continue;
            }

            segment.Keep();
            if (segment.IsMarkedHeading)
            {
                segment.Kind = BlockKind.Heading;
            }
        }
    }

    /// <summary>A long sentence whose words are mostly links is still prose (a news digest links every item).</summary>
    private static bool IsLinkedProse(Segment segment) =>
        segment.Text.Length >= 120 && segment.Text.Length - segment.LinkCharacters >= 40 && TextShape.EndsSentence(segment.Text) && segment.StopwordDensity >= 0.2;

    /// <summary>A link that shows its own address (a cited source, the site's address) is text the author wrote out.</summary>
    private static bool IsVisibleAddress(string text)
    {
        var value = text.Trim();
        var start = value.IndexOf("http", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            start = value.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
        }

        // The address is most of the line ("Source: http://...", "AS - www.example.com").
        return start >= 0 && start <= 12 && !value.AsSpan(start).ContainsAny(' ', '\t') && value.Length - start >= 10;
    }
}
