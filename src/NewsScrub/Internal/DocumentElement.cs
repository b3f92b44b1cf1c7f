namespace NewsScrub.Internal;

/// <summary>
/// One element of the document's structure, in document order (a parent precedes its children). A text document
/// has only the root. Evidence for the steps, never changed by them.
/// </summary>
internal sealed class DocumentElement
{
    public required string Tag { get; init; }

    /// <summary>The parent's index, -1 for the root.</summary>
    public int Parent { get; init; }

    public int Depth { get; init; }

    public ElementFlags Flags { get; init; }

    /// <summary>What the element's own name, tag or attributes say.</summary>
    public TokenSignal Signal { get; init; }

    /// <summary>Bit <c>1 &lt;&lt; (int)signal</c> for every signal of this element and its ancestors.</summary>
    public int Signals { get; init; }

    /// <summary>The innermost element (this one or an ancestor) with a furniture signal, or -1.</summary>
    public int NearestFurniture { get; init; } = -1;

    /// <summary>What this element's and its ancestors' class and id names say it holds.</summary>
    public NameHints Hints { get; init; }

    /// <summary>Heading level (1-6) of the heading this element is in, 0 outside headings.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>The index of the last element inside this one (itself when it has no descendants).</summary>
    public int LastDescendant { get; set; }

    /// <summary>The class attribute as written (for diagnostics and repetition).</summary>
    public string? Classes { get; init; }

    /// <summary>The id attribute as written (for diagnostics).</summary>
    public string? Id { get; init; }

    /// <summary>The root of a document without markup.</summary>
    public static DocumentElement Root() => new() { Tag = "#document", Parent = -1, Depth = 0, Flags = ElementFlags.Block };

    public bool Has(ElementFlags flag) => (Flags & flag) != 0;

    public bool HasSignal(TokenSignal signal) => (Signals & (1 << (int)signal)) != 0;

    /// <summary>Signals that mark page furniture (everything but none, positive and caption).</summary>
    public static bool IsFurniture(TokenSignal signal) => signal is not (TokenSignal.None or TokenSignal.Positive or TokenSignal.Caption);

    public override string ToString() => $"<{Tag}> {Signal}";
}
