namespace NewsScrub.Internal;

/// <summary>Flags of an element, most inherited from its ancestors: where in the page's structure its text sits.</summary>
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

    /// <summary>An <c>article</c>, <c>main</c> or <c>role=main/article</c> element (not inherited).</summary>
    Semantic = 1 << 9,

    /// <summary><c>itemprop=articleBody</c> (or <c>reviewBody</c>), not inherited.</summary>
    ArticleBody = 1 << 10,

    /// <summary>A block element: it starts and ends a block of text (not inherited).</summary>
    Block = 1 << 11,

    InAddress = 1 << 12,
    InDetails = 1 << 13,
    InHeader = 1 << 14,

    /// <summary>Inside a <c>time</c> element: a timestamp, not prose.</summary>
    InTime = 1 << 15,

    /// <summary>Inside <c>main</c>, <c>article</c> or an element with <c>role=main/article</c>.</summary>
    InSemantic = 1 << 16,

    /// <summary>Inside an element marked <c>itemprop=articleBody</c>.</summary>
    InArticleBody = 1 << 17,

    InNav = 1 << 18,
    InFooter = 1 << 19,
    InAside = 1 << 20,
    InForm = 1 << 21,

    /// <summary>The text of a button (kept so that it can be reported when removed).</summary>
    InButton = 1 << 22,

    InCode = 1 << 23,

    /// <summary>Emphasised text: the block is mostly bold or strong (a label, a lead-in, a subheading).</summary>
    Emphasis = 1 << 24,

    /// <summary>Inside <c>strong</c> or <c>b</c> (the walker's bookkeeping for <see cref="Emphasis"/>).</summary>
    InStrong = 1 << 25,

    /// <summary>Inside <c>noscript</c>: what the page shows without scripts (often the crawler's copy of the content).</summary>
    InNoscript = 1 << 26,

    /// <summary>Markup the page kept in a template script (<c>type="text/template"</c>) for its scripts to show.</summary>
    InTemplate = 1 << 27,
}
