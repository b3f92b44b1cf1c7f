using NewsScrub.Internal;

namespace NewsScrub.Html;

/// <summary>One block of text: the inline content between two block boundaries.</summary>
internal sealed class PageBlock
{
    public required string Text { get; init; }

    public int LinkCharacters { get; init; }

    /// <summary>Characters of the link the block starts with (a teaser's headline), 0 when it starts with plain text.</summary>
    public int LeadingLinkCharacters { get; init; }

    /// <summary>The innermost block element holding the text.</summary>
    public int Owner { get; init; }

    /// <summary>The element whose start or end began this block (a p, li, h2...), for its kind.</summary>
    public required string Tag { get; init; }

    public ElementFlags Flags { get; init; }

    public int HeadingLevel { get; init; }

    /// <summary>The block started right after a line break inside the same element.</summary>
    public bool AfterLineBreak { get; init; }

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkCharacters / Text.Length;

    public bool Has(ElementFlags flag) => (Flags & flag) != 0;

    public override string ToString() => $"[{Tag}] {Text}";
}
