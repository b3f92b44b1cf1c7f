using System.Text.Json.Serialization;

namespace NewsScrub;

/// <summary>
/// A cleaned article: metadata, the body as ordered blocks, and everything that was removed and why.
/// Instances are immutable.
/// </summary>
public sealed record Article
{
    /// <summary>An article with no content, as returned for empty input.</summary>
    public static Article Empty { get; } = new();

    /// <summary>The headline, or <see langword="null"/> when none was found.</summary>
    public string? Title { get; init; }

    /// <summary>The author or agency credited with the text, or <see langword="null"/>.</summary>
    public string? Byline { get; init; }

    /// <summary>When the article was published, or <see langword="null"/> when the page does not say.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The ISO 639-1 code of the article's language (given by the caller, declared by the page or detected), or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>The page's canonical URL, when the page declares one (left out of JSON when absent).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CanonicalUrl { get; init; }

    /// <summary>The name of the publishing site, when the page declares one (left out of JSON when absent).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SiteName { get; init; }

    /// <summary>Topic tags listed on the page.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Image captions, in page order.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>The article body as blocks in reading order.</summary>
    public IReadOnlyList<ArticleBlock> Blocks { get; init; } = [];

    /// <summary>Everything left out of the body, in input order, with the reason.</summary>
    public IReadOnlyList<RemovedItem> Removed { get; init; } = [];

    /// <summary>The body as plain text: the blocks' texts joined by a blank line, without title or captions.</summary>
    public string Text => Blocks.Count == 0 ? string.Empty : string.Join("\n\n", Blocks.Select(static block => block.Text));

    /// <summary>Whether the article has no body.</summary>
    [JsonIgnore]
    public bool IsEmpty => Blocks.Count == 0;
}
