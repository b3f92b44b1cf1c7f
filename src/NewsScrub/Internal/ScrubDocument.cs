namespace NewsScrub.Internal;

/// <summary>
/// The working document of one cleaning run: segments in input order plus the metadata found so far.
/// Built by a reader, annotated by the steps, then turned into an <see cref="Article"/>.
/// </summary>
internal sealed class ScrubDocument
{
    public ScrubDocument(List<Segment> segments, List<DocumentElement>? elements = null)
    {
        Segments = segments;
        Elements = elements ?? [DocumentElement.Root()];
    }

    public List<Segment> Segments { get; set; }

    /// <summary>The page's structure, each segment's <see cref="Segment.Owner"/> an index into it: the root alone for text.</summary>
    public List<DocumentElement> Elements { get; }

    /// <summary>What the page's structured data says it is.</summary>
    public PageHints Hints { get; set; }

    /// <summary>The article body the page's structured data carries (JSON-LD <c>articleBody</c>), if any.</summary>
    public string? StructuredBody { get; set; }

    /// <summary>Language forced by the caller or declared by the page; detection fills it otherwise.</summary>
    public string? Language { get; set; }

    /// <summary>The language was given by the caller and must not be replaced by detection.</summary>
    public bool LanguageForced { get; set; }

    public string? Title { get; set; }

    public string? Byline { get; set; }

    public DateTimeOffset? Published { get; set; }

    public string? CanonicalUrl { get; set; }

    public string? SiteName { get; set; }

    public List<string> Tags { get; } = [];

    public List<string> Captions { get; } = [];

    /// <summary>The reader resolved the title from the page's markup (maybe to none), so no step guesses one from the body.</summary>
    public bool TitleResolved { get; set; }

    /// <summary>Reflow has run: segments are paragraphs now, not scraped lines.</summary>
    public bool Reflowed { get; set; }

    public Article ToArticle()
    {
        var blocks = new List<ArticleBlock>();
        var removed = new List<RemovedItem>();
        foreach (var segment in Segments)
        {
            if (segment.IsRemoved)
            {
                removed.Add(new RemovedItem(segment.Text, segment.Category, segment.RemovedBy ?? "Unknown"));
            }
            else if (segment.Text.Length > 0)
            {
                blocks.Add(new ArticleBlock(segment.Kind, segment.Text));
            }
        }

        if (blocks.Count == 0 && removed.Count == 0 && Title is null)
        {
            return Article.Empty with { Language = Language };
        }

        return new Article
        {
            Title = Title,
            Byline = Byline,
            Published = Published,
            Language = Language,
            CanonicalUrl = CanonicalUrl,
            SiteName = SiteName,
            Tags = Tags.ToArray(),
            Captions = Captions.ToArray(),
            Blocks = blocks,
            Removed = removed,
        };
    }
}
