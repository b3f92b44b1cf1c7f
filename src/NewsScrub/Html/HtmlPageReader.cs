using NewsScrub.Internal;
using NewsScrub.Text;

namespace NewsScrub.Html;

/// <summary>Reads an HTML page into segments. (Placeholder until the HTML issue lands: treats markup as text.)</summary>
internal static class HtmlPageReader
{
    public static ScrubDocument Read(string html) => PlainTextReader.Read(html);
}
