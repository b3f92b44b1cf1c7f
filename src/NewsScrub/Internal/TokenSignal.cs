namespace NewsScrub.Internal;

/// <summary>What the words of an element's <c>class</c>, <c>id</c> and <c>role</c>, or its tag, say about it.</summary>
internal enum TokenSignal
{
    None,

    /// <summary>Article-like names (article, story, entry-content, post-body...).</summary>
    Positive,

    Navigation,
    Share,
    Newsletter,
    Related,
    Advertisement,
    Cookie,
    Comments,
    Tags,
    Byline,
    Meta,
    Hidden,

    /// <summary>The standfirst (dek, strapline) under the headline: a summary of the article, not part of it.</summary>
    Standfirst,

    /// <summary>An image caption outside <c>figcaption</c> (wp-caption-text, image-caption).</summary>
    Caption,
}
