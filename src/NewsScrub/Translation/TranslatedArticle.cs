namespace NewsScrub.Translation;

/// <summary>A cleaned article with each translated text beside its original, in the original order.</summary>
public sealed record TranslatedArticle
{
    /// <summary>The article as cleaned.</summary>
    public required Article Original { get; init; }

    /// <summary>The language the article was translated into.</summary>
    public required string TargetLanguage { get; init; }

    /// <summary>The source language given, or else the one the provider detected most often; <see langword="null"/> when unknown.</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>The title and its translation, or <see langword="null"/> when the article has no title or it was not translated.</summary>
    public TranslatedSegment? Title { get; init; }

    /// <summary>The body blocks with their translations, in reading order, with the original kinds.</summary>
    public IReadOnlyList<TranslatedBlock> Blocks { get; init; } = [];

    /// <summary>The captions with their translations, in page order; empty when captions were not translated.</summary>
    public IReadOnlyList<TranslatedSegment> Captions { get; init; } = [];

    /// <summary>The characters billed for this article; cached texts cost nothing.</summary>
    public long BilledCharacters { get; init; }

    /// <summary>How many distinct texts were served from the cache instead of the provider.</summary>
    public int CachedTexts { get; init; }

    /// <summary>The translated body as plain text: the blocks' translations joined by a blank line.</summary>
    public string Text => Blocks.Count == 0 ? string.Empty : string.Join("\n\n", Blocks.Select(static block => block.Translation));
}
