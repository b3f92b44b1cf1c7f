namespace NewsScrub;

/// <summary>One block of the article body, in reading order.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">The block's text, with broken lines rejoined.</param>
public sealed record ArticleBlock(BlockKind Kind, string Text);
