using System.Collections.Frozen;

namespace NewsScrub.Languages;

/// <summary>A <see cref="FurnitureWords"/>' lists as span lookups.</summary>
internal sealed class FurnitureLookups(FrozenSet<string> cookie, FrozenSet<string> consent, FrozenSet<string> advertisement, FrozenSet<string> skip, FrozenSet<string> comment, FrozenSet<string> prompt, FrozenSet<string> reader, FrozenSet<string> newsletter, FrozenSet<string> subscribe)
{
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cookie { get; } = cookie.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Consent { get; } = consent.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Advertisement { get; } = advertisement.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Skip { get; } = skip.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Comment { get; } = comment.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prompt { get; } = prompt.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reader { get; } = reader.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Newsletter { get; } = newsletter.GetAlternateLookup<ReadOnlySpan<char>>();

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subscribe { get; } = subscribe.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Cookie and newsletter words together: a line longer than a link can only be a notice if it has one, and one lookup per word tells.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Notice { get; } = cookie.Union(newsletter).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
