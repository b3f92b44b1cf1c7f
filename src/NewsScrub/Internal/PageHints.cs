namespace NewsScrub.Internal;

/// <summary>What the page says of itself in its structured data (JSON-LD <c>@type</c>, <c>og:type</c>): evidence of its kind.</summary>
[Flags]
internal enum PageHints
{
    None = 0,
    Article = 1 << 0,
    Product = 1 << 1,
    Discussion = 1 << 2,
    Question = 1 << 3,
    ItemList = 1 << 4,
    Recipe = 1 << 5,
    Faq = 1 << 6,
    HowTo = 1 << 7,
    Event = 1 << 8,
    Organization = 1 << 9,
    Service = 1 << 10,
    Collection = 1 << 11,
    Breadcrumbs = 1 << 12,
    Review = 1 << 13,
    OgArticle = 1 << 14,
    OgProduct = 1 << 15,
    SoftwareOrDocs = 1 << 16,
    Person = 1 << 17,
}
