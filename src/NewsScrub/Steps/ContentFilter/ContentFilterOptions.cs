namespace NewsScrub.Steps;

/// <summary>
/// Options of the content filter, which tells article prose from page furniture no phrase list names, by the
/// statistics jusText uses: length, stopword density, link density, and the classes of neighbouring blocks.
/// Lengths are in characters; densities are shares of words (stopwords) or characters (links).
/// </summary>
public sealed record ContentFilterOptions
{
    /// <summary>Blocks shorter than this are "short" and take their class from their neighbours. Default: 70.</summary>
    public int ShortLength { get; init; } = 70;

    /// <summary>Blocks longer than this with enough stopwords are "good" on their own. Default: 200.</summary>
    public int LongLength { get; init; } = 200;

    /// <summary>Below this stopword density a block is "bad". Default: 0.25.</summary>
    public double LowStopwordDensity { get; init; } = 0.25;

    /// <summary>From this stopword density a long block is "good". Default: 0.30.</summary>
    public double HighStopwordDensity { get; init; } = 0.30;

    /// <summary>Above this share of linked characters a block is "bad". Default: 0.2.</summary>
    public double MaxLinkDensity { get; init; } = 0.2;

    /// <summary>A heading is kept when a good block starts within this many characters after it. Default: 200.</summary>
    public int MaxHeadingDistance { get; init; } = 200;

    /// <summary>Lines shorter than this that repeat within the page are furniture (menus, footers). Default: 60.</summary>
    public int MaxRepeatedLineLength { get; init; } = 60;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ShortLength, nameof(ShortLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(LongLength, ShortLength, nameof(LongLength));
        ArgumentOutOfRangeException.ThrowIfNegative(LowStopwordDensity, nameof(LowStopwordDensity));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(LowStopwordDensity, 1, nameof(LowStopwordDensity));
        ArgumentOutOfRangeException.ThrowIfLessThan(HighStopwordDensity, LowStopwordDensity, nameof(HighStopwordDensity));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HighStopwordDensity, 1, nameof(HighStopwordDensity));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxLinkDensity, nameof(MaxLinkDensity));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxLinkDensity, 1, nameof(MaxLinkDensity));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxHeadingDistance, nameof(MaxHeadingDistance));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRepeatedLineLength, nameof(MaxRepeatedLineLength));
    }
}
