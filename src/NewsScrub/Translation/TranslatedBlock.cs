namespace NewsScrub.Translation;

/// <summary>One body block beside its translation.</summary>
/// <param name="Kind">What the block is, as in the original.</param>
/// <param name="Original">The block's text as cleaned.</param>
/// <param name="Translation">The translated text.</param>
public sealed record TranslatedBlock(BlockKind Kind, string Original, string Translation);
