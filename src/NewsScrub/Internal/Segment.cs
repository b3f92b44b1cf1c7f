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

    /// <summary>Characters of the text that sit inside links (HTML input only).</summary>
    public int LinkCharacters { get; set; }

    /// <summary>The reader found the segment inside the page's main content container.</summary>
    public bool InMainContent { get; set; }

    /// <summary>Heading level (1-6) of the HTML heading the segment came from, 0 otherwise.</summary>
    public int HeadingLevel { get; set; }

    /// <summary>The segment came from an HTML table cell.</summary>
    public bool InTable { get; set; }

    /// <summary>The segment starts an HTML block element (false when it follows a line break inside one).</summary>
    public bool IsBlockStart { get; set; } = true;

    /// <summary>Words of the text, as counted by the HTML reader (0 when not counted).</summary>
    public int Words { get; set; }

    /// <summary>Stopword density the HTML reader measured, 0..1.</summary>
    public double StopwordDensity { get; set; }

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
