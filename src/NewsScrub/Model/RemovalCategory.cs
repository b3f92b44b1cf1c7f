namespace NewsScrub;

/// <summary>Why a piece of the input was left out of the article body.</summary>
public enum RemovalCategory
{
    /// <summary>Anything not covered by a more precise category.</summary>
    Other,

    /// <summary>Ad labels and sponsored content ("Advertisement", "Anzeige", "Publicidad").</summary>
    Advertisement,

    /// <summary>"Read more", "See also: headline" and lists of related articles.</summary>
    RelatedLink,

    /// <summary>Newsletter and subscription prompts.</summary>
    Newsletter,

    /// <summary>App-store badges and "download our app" prompts.</summary>
    AppPromotion,

    /// <summary>Share and follow buttons.</summary>
    ShareFollow,

    /// <summary>The byline line (its author is kept in <see cref="Article.Byline"/>).</summary>
    Byline,

    /// <summary>Timestamps and reading times.</summary>
    Timestamp,

    /// <summary>Photo credits.</summary>
    PhotoCredit,

    /// <summary>Tag lists (the tags are kept in <see cref="Article.Tags"/>).</summary>
    Tags,

    /// <summary>Cookie and consent notices.</summary>
    CookieNotice,

    /// <summary>Menus, breadcrumbs, footers and other page navigation.</summary>
    Navigation,

    /// <summary>The title line (kept in <see cref="Article.Title"/>).</summary>
    Title,

    /// <summary>An image caption (kept in <see cref="Article.Captions"/>).</summary>
    Caption,

    /// <summary>A line repeated within the page.</summary>
    Duplicate,

    /// <summary>Reader comments and the comment form.</summary>
    Comments,

    /// <summary>Text judged not to be article prose by its statistics (link-like, short, few stopwords).</summary>
    LowQuality,
}
