using System.Collections.Frozen;

namespace NewsScrub.Html;

/// <summary>What the reader knows about HTML element names.</summary>
internal static class TagNames
{
    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound", "isindex", "spacer");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.Ordinal, "script", "style", "textarea", "title", "xmp", "plaintext");

    private static readonly FrozenSet<string> SelfClosing = FrozenSet.Create(StringComparer.Ordinal, "p", "li", "dt", "dd", "option", "tr", "td", "th");

    /// <summary>Elements whose contents are never article text (scripts, media, forms controls, embedded documents).</summary>
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "map",
        "select", "option", "optgroup", "datalist", "textarea", "input", "button", "title", "meta", "link", "base", "img",
        "picture", "source", "track", "param", "area", "frame", "applet", "dialog", "progress", "meter", "xmp", "plaintext");

    /// <summary>Elements that start a new block of text.</summary>
    private static readonly FrozenSet<string> Block = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "head",
        "noframes", "legend", "frameset", "listing", "search", "output");

    private static readonly FrozenDictionary<string, string> Interned = new[]
    {
        "a", "abbr", "address", "article", "aside", "b", "blockquote", "body", "br", "center", "cite", "code", "dd", "div", "dl", "dt",
        "em", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i",
        "iframe", "img", "input", "label", "li", "link", "main", "meta", "nav", "noscript", "ol", "p", "pre", "script", "section", "small",
        "span", "strong", "style", "sub", "sup", "svg", "table", "tbody", "td", "th", "thead", "time", "title", "tr", "u", "ul", "button",
        "option", "select", "textarea", "source", "picture", "path", "g", "use", "amp-img", "template", "xmp", "plaintext", "q",
    }.ToFrozenDictionary(static name => name, StringComparer.Ordinal);

    public static bool IsVoid(string name) => Void.Contains(name);

    public static bool IsRawText(string name) => RawText.Contains(name);

    public static bool ClosesItself(string name) => SelfClosing.Contains(name);

    public static bool IsCell(string name) => name is "td" or "th";

    public static bool IsSkipped(string name) => Skipped.Contains(name);

    public static bool IsBlock(string name) => Block.Contains(name);

    public static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>The lower-case name, shared for common tags so a scan does not allocate for each of them.</summary>
    public static string Get(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 32)];
        if (name.Length <= 32)
        {
            name.ToLowerInvariant(lower);
            var lookup = Interned.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(lower, out var interned))
            {
                return interned;
            }

            return lower.ToString();
        }

        return name.ToString().ToLowerInvariant();
    }
}
