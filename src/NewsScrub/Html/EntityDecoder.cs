using System.Net;

namespace NewsScrub.Html;

/// <summary>
/// Decodes character references in text and attribute values: named (<c>&amp;amp;</c>, <c>&amp;eacute;</c>) and
/// numeric (<c>&amp;#233;</c>, <c>&amp;#x1F600;</c>), including characters above U+FFFF, which HtmlAgilityPack's
/// <c>DeEntitize</c> turns into <c>&amp;##128512;</c>. One pass, so <c>&amp;amp;lt;</c> stays <c>&amp;lt;</c>.
/// </summary>
internal static class EntityDecoder
{
    public static string Decode(string raw) =>
        raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
}
