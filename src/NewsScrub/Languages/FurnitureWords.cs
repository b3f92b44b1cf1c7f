using System.Collections.Frozen;

namespace NewsScrub.Languages;

/// <summary>
/// The words of one language that page furniture written as sentences is recognised by, lower-case: a consent notice
/// names cookies and asks for consent; an ad-skip link names the ad and a skip verb; a comment prompt names comments
/// and a prompt verb; a subscription pitch names the newsletter or inbox and a subscribe verb, and speaks to the reader.
/// </summary>
internal sealed record FurnitureWords(
    FrozenSet<string> Cookie,
    FrozenSet<string> Consent,
    FrozenSet<string> Advertisement,
    FrozenSet<string> Skip,
    FrozenSet<string> Comment,
    FrozenSet<string> Prompt,
    FrozenSet<string> Reader,
    FrozenSet<string> Newsletter,
    FrozenSet<string> Subscribe)
{
    public static FurnitureWords Empty { get; } = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty);

    /// <summary>The lists as span lookups, for scanning a line without allocating.</summary>
    public FurnitureLookups Lookups { get; } = new(Cookie, Consent, Advertisement, Skip, Comment, Prompt, Reader, Newsletter, Subscribe);

    /// <summary>Whether every list has words.</summary>
    public bool IsComplete => Cookie.Count > 0 && Consent.Count > 0 && Advertisement.Count > 0 && Skip.Count > 0 && Comment.Count > 0 && Prompt.Count > 0 && Reader.Count > 0
        && Newsletter.Count > 0 && Subscribe.Count > 0;
}
