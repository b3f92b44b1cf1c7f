namespace NewsScrub.Steps;

/// <summary>Options of the metadata step, which recognises title, captions, dates and tag lists in the page.</summary>
public sealed record MetadataOptions
{
    /// <summary>Whether the first heading-like line of text input is taken as the title. Default: <see langword="true"/>.</summary>
    public bool DetectTitle { get; init; } = true;

    /// <summary>Whether the line before a photo credit is taken as an image caption. Default: <see langword="true"/>.</summary>
    public bool DetectCaptions { get; init; } = true;

    /// <summary>Whether a run of short bullet lines at the end of the page is taken as the tag list. Default: <see langword="true"/>.</summary>
    public bool DetectTags { get; init; } = true;

    /// <summary>The longest tag, in words, that a trailing bullet line may hold. Default: 5.</summary>
    public int MaxTagWords { get; init; } = 5;

    internal void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(MaxTagWords, 1, nameof(MaxTagWords));
}
