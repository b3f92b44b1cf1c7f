namespace NewsScrub;

/// <summary>The role of a block in the article body.</summary>
public enum BlockKind
{
    /// <summary>An ordinary paragraph.</summary>
    Paragraph,

    /// <summary>A subheading inside the article.</summary>
    Heading,

    /// <summary>A block quotation.</summary>
    Quote,

    /// <summary>One item of a list.</summary>
    ListItem,
}
