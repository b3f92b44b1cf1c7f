namespace NewsScrub.Steps;

/// <summary>Options of the reflow step, which rejoins sentences and quotations that a scraper split at inline markup.</summary>
public sealed record ReflowOptions
{
    /// <summary>The most lines one open quotation may pull together. Default: 6.</summary>
    public int MaxQuoteLines { get; init; } = 6;

    /// <summary>The longest text, in characters, an open quotation may pull together. Default: 1200.</summary>
    public int MaxQuoteCharacters { get; init; } = 1200;

    /// <summary>
    /// Whether joined text gets its language's no-break spaces (its unit's <c>no-break-space-before</c> and
    /// <c>-after</c>: French inside « » and before : ; ! ?). Default: <see langword="true"/>.
    /// </summary>
    public bool LanguageSpacing { get; init; } = true;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQuoteLines, 1, nameof(MaxQuoteLines));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQuoteCharacters, 1, nameof(MaxQuoteCharacters));
    }
}
