namespace NewsScrub.Html;

/// <summary>Flags of an element, most inherited from its ancestors.</summary>
[Flags]
internal enum ElementFlags
{
    None = 0,

    /// <summary>Inside head or another element whose text is never shown.</summary>
    NoText = 1 << 0,

    InList = 1 << 1,
    InQuote = 1 << 2,
    InTable = 1 << 3,
    InPre = 1 << 4,
    InFigure = 1 << 5,
    InFigcaption = 1 << 6,
    InHeading = 1 << 7,
    InLink = 1 << 8,

    /// <summary>An <c>article</c>, <c>main</c> or <c>role=main/article</c> element.</summary>
    Semantic = 1 << 9,

    /// <summary><c>itemprop=articleBody</c> (or <c>text</c>).</summary>
    ArticleBody = 1 << 10,

    /// <summary>A block element: it starts and ends a block of text.</summary>
    Block = 1 << 11,

    InAddress = 1 << 12,
    InDetails = 1 << 13,
    InHeader = 1 << 14,

    /// <summary>Inside a <c>time</c> element: a timestamp, not prose.</summary>
    InTime = 1 << 15,
}

/// <summary>One element of the page, as the reader keeps it: compact, in document order (a parent precedes its children).</summary>
internal sealed class PageElement
{
    public required string Tag { get; init; }

    public int Parent { get; init; }

    public int Depth { get; init; }

    /// <summary>The class attribute as written (for diagnostics).</summary>
    public string? Classes { get; set; }

    /// <summary>The id attribute as written (for diagnostics).</summary>
    public string? Id { get; set; }

    public ElementFlags Flags { get; set; }

    /// <summary>What the element's own name, tag or attributes say, before any guard.</summary>
    public TokenSignal Signal { get; set; }

    /// <summary>Heading level (1-6) of the heading this element is in, 0 outside headings.</summary>
    public int HeadingLevel { get; set; }

    /// <summary>The index of the last element inside this one (itself when it has no descendants).</summary>
    public int LastDescendant { get; set; }

    // Sums over the blocks inside, filled bottom-up.
    public int Characters { get; set; }

    public int LinkCharacters { get; set; }

    public int ProseCharacters { get; set; }

    public double Score { get; set; }

    public int Paragraphs { get; set; }

    /// <summary>Blocks inside, and those of them that are (almost) all link: menus, headline lists, teaser cards.</summary>
    public int Blocks { get; set; }

    public int LinkBlocks { get; set; }

    /// <summary>The element (this one or an ancestor) whose pruning removes it, or -1.</summary>
    public int PrunedBy { get; set; } = -1;

    public bool Has(ElementFlags flag) => (Flags & flag) != 0;

    public override string ToString() => $"<{Tag}> {Signal} chars={Characters} score={Score:0}";
}

/// <summary>One block of text: the inline content between two block boundaries.</summary>
internal sealed class PageBlock
{
    public required string Text { get; init; }

    public int LinkCharacters { get; init; }

    /// <summary>Characters of the link the block starts with (a teaser's headline), 0 when it starts with plain text.</summary>
    public int LeadingLinkCharacters { get; init; }

    /// <summary>The innermost element holding the text.</summary>
    public int Owner { get; init; }

    /// <summary>The element whose start or end began this block (a p, li, h2...), for its kind.</summary>
    public required string Tag { get; init; }

    public ElementFlags Flags { get; init; }

    public int HeadingLevel { get; init; }

    /// <summary>The block started right after a line break inside the same element.</summary>
    public bool AfterLineBreak { get; init; }

    // Filled by the content selection.
    public int Words { get; set; }

    public double StopwordDensity { get; set; }

    public bool IsProse { get; set; }

    public double Value { get; set; }

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkCharacters / Text.Length;

    public bool Has(ElementFlags flag) => (Flags & flag) != 0;

    public override string ToString() => $"[{Tag}] {Text}";
}
