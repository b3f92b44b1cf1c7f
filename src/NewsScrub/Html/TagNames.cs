using System.Collections.Frozen;

namespace NewsScrub.Html;

/// <summary>What the reader knows about an element name (one lookup gives all of it).</summary>
[Flags]
internal enum TagKind
{
    None = 0,

    /// <summary>Has no content and no end tag (br, img, meta).</summary>
    Void = 1 << 0,

    /// <summary>Its content is raw text, not markup (script, style).</summary>
    RawText = 1 << 1,

    /// <summary>A start tag of the same name ends an open one (p, li, td).</summary>
    ClosesItself = 1 << 2,

    /// <summary>A table cell.</summary>
    Cell = 1 << 3,

    /// <summary>Its contents are never article text (scripts, media, form controls, embedded documents).</summary>
    Skipped = 1 << 4,

    /// <summary>Starts and ends a block of text.</summary>
    Block = 1 << 5,

    Heading = 1 << 6,
}

/// <summary>What the reader knows about HTML element names.</summary>
internal static class TagNames
{
    private static readonly FrozenDictionary<string, (string Name, TagKind Kind)> Kinds = Build();

    private static readonly FrozenDictionary<string, (string Name, TagKind Kind)>.AlternateLookup<ReadOnlySpan<char>> SpanKinds =
        Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TagKind KindOf(string name) => Kinds.TryGetValue(name, out var entry) ? entry.Kind : TagKind.None;

    public static bool IsSkipped(string name) => (KindOf(name) & TagKind.Skipped) != 0;

    public static bool IsBlock(string name) => (KindOf(name) & TagKind.Block) != 0;

    public static bool IsHeading(string name) => (KindOf(name) & TagKind.Heading) != 0;

    /// <summary>The kind of a name as written in the page (any case), without allocating.</summary>
    public static TagKind KindOf(ReadOnlySpan<char> name) => Find(name)?.Kind ?? TagKind.None;

    /// <summary>The lower-case name and its kind. Known names come back as shared instances, so a scan does not allocate for them.</summary>
    public static string Get(ReadOnlySpan<char> name, out TagKind kind)
    {
        if (Find(name) is { } entry)
        {
            kind = entry.Kind;
            return entry.Name;
        }

        kind = TagKind.None;
        return name.ToString().ToLowerInvariant();
    }

    /// <summary>A known name's entry, whatever its case.</summary>
    private static (string Name, TagKind Kind)? Find(ReadOnlySpan<char> name)
    {
        if (name.Length > 32)
        {
            return null;
        }

        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return SpanKinds.TryGetValue(lower, out var entry) ? entry : null;
    }

    private static FrozenDictionary<string, (string Name, TagKind Kind)> Build()
    {
        var kinds = new Dictionary<string, TagKind>(StringComparer.Ordinal);
        void Add(TagKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
            }
        }

        Add(TagKind.Void, "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
            "keygen", "frame", "basefont", "bgsound", "isindex", "spacer");
        Add(TagKind.RawText, "script", "style", "textarea", "title", "xmp", "plaintext");
        Add(TagKind.ClosesItself, "p", "li", "dt", "dd", "option", "tr", "td", "th");
        Add(TagKind.Cell, "td", "th");
        Add(TagKind.Skipped, "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
            "map", "select", "option", "optgroup", "datalist", "textarea", "input", "title", "meta", "link", "base", "img",
            "picture", "source", "track", "param", "area", "frame", "applet", "dialog", "progress", "meter", "xmp", "plaintext");
        Add(TagKind.Block, "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
            "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "ul", "head", "noframes", "legend", "frameset", "listing", "search", "output", "button", "noscript");
        Add(TagKind.Heading, "h1", "h2", "h3", "h4", "h5", "h6");

        // Common inline names, so that they are shared too.
        Add(TagKind.None, "a", "abbr", "b", "br", "cite", "code", "em", "font", "i", "label", "small", "span", "strong", "sub", "sup", "time",
            "u", "q", "s", "mark", "del", "ins", "nobr", "tt", "big", "strike", "var", "kbd", "samp", "dfn", "bdi", "bdo", "data", "path",
            "g", "use", "rect", "circle", "amp-img", "wbr", "center");
        return kinds.ToFrozenDictionary(static pair => pair.Key, static pair => (pair.Key, pair.Value), StringComparer.Ordinal);
    }
}
