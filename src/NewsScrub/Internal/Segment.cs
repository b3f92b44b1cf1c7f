namespace NewsScrub.Internal;

/// <summary>What has been decided about a segment so far.</summary>
internal enum SegmentState
{
    /// <summary>Not decided: a candidate for the body.</summary>
    Candidate,

    /// <summary>Kept in the body.</summary>
    Body,

    /// <summary>Left out of the body (and reported).</summary>
    Removed,
}

/// <summary>
/// One line or block of the input as the steps see it. Mutable on purpose: a document is owned by
/// one cleaning run, and steps annotate segments in place rather than copying the document.
/// </summary>
internal sealed class Segment
{
    public Segment(string text) => Text = text;

    /// <summary>Whitespace-normalised text (single spaces, trimmed).</summary>
    public string Text { get; set; }

    public BlockKind Kind { get; set; } = BlockKind.Paragraph;

    public SegmentState State { get; private set; } = SegmentState.Candidate;

    public RemovalCategory Category { get; private set; }

    public string? RemovedBy { get; private set; }

    /// <summary>The line started with whitespace: in scraped text that marks text continuing after inline markup.</summary>
    public bool LeadingSpace { get; set; }

    /// <summary>The line ended with whitespace before the break.</summary>
    public bool TrailingSpace { get; set; }

    /// <summary>A structural boundary (blank line, block element) precedes this segment.</summary>
    public bool BreakBefore { get; set; } = true;

    /// <summary>The reader knows this segment starts a new block (a block element in HTML); reflow never joins across it.</summary>
    public bool HardBreakBefore { get; set; }

    /// <summary>Reflow built this segment from several lines.</summary>
    public bool IsJoined { get; set; }

    /// <summary>The line was a bullet item (the bullet is stripped from <see cref="Text"/>).</summary>
    public bool IsBullet { get; set; }

    /// <summary>The reader saw heading markup (h1-h6).</summary>
    public bool IsMarkedHeading { get; set; }

    /// <summary>Characters of the text that sit inside links (0 where the input had no markup).</summary>
    public int LinkCharacters { get; set; }

    /// <summary>Characters of the link the text starts with (a teaser's headline), 0 when it starts with plain text.</summary>
    public int LeadingLinkCharacters { get; set; }

    /// <summary>The element of <see cref="ScrubDocument.Elements"/> that holds the text (0, the root, without markup).</summary>
    public int Owner { get; set; }

    /// <summary>The block element the text came from ("p", "li", "td"...), or "#text" without markup.</summary>
    public string Tag { get; set; } = "#text";

    /// <summary>Where in the page's structure the text sits.</summary>
    public ElementFlags Flags { get; set; }

    /// <summary>Heading level (1-6) of the heading the segment came from, 0 otherwise.</summary>
    public int HeadingLevel { get; set; }

    /// <summary>The segment starts a block element (false when it follows a line break inside one).</summary>
    public bool IsBlockStart { get; set; } = true;

    /// <summary>The reader found the text to repeat the page's headline.</summary>
    public bool RepeatsTitle { get; set; }

    /// <summary>The reader added the text from the page's structured data (JSON-LD), not from its visible markup.</summary>
    public bool FromStructuredData { get; set; }

    public bool Has(ElementFlags flag) => (Flags & flag) != 0;

    public bool IsCandidate => State == SegmentState.Candidate;

    public bool IsRemoved => State == SegmentState.Removed;

    public void Remove(RemovalCategory category, string step)
    {
        State = SegmentState.Removed;
        Category = category;
        RemovedBy = step;
    }

    public void Keep() => State = SegmentState.Body;

    public override string ToString() => $"{State}/{Kind}: {Text}";
}
