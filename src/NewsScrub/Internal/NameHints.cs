namespace NewsScrub.Internal;

/// <summary>
/// What the words of an element's class and id say it holds, beyond furniture: reviews, legal small print, questions,
/// product details, repeated items, posts, specifications, descriptions, authors, dates, titles. Evidence of the page's
/// kind and of a block's role in it; inherited down the structure (a bit is set when an ancestor's names say so too).
/// </summary>
[Flags]
internal enum NameHints
{
    None = 0,
    Review = 1 << 0,
    Legal = 1 << 1,
    Question = 1 << 2,
    Product = 1 << 3,
    Item = 1 << 4,
    Post = 1 << 5,
    Specification = 1 << 6,
    Description = 1 << 7,
    Author = 1 << 8,
    Date = 1 << 9,
    Body = 1 << 10,
    Title = 1 << 11,
}
