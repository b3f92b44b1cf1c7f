using NewsScrub.Internal;
using NewsScrub.Steps;

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
            if (linkDensity > 0.5)
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
}
