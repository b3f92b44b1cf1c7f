namespace NewsScrub.Steps;

/// <summary>Options of the content-selection step (<see cref="ContentSelectionPipelineBuilderExtensions.UseContentSelection"/>).</summary>
public sealed record ContentSelectionOptions
{
    /// <summary>
    /// How sure the content model must be that a block is article content (0..1) for the block to be kept, the same
    /// on every page. <see langword="null"/> (the default) uses the threshold fitted with the model on pages held out
    /// of training (per page, when the model carries a per-page threshold). Lower keeps more (recall), higher keeps
    /// less (precision).
    /// </summary>
    public double? MinimumConfidence { get; init; }

    /// <summary>
    /// When the model keeps much less than the page's prose, compare a recall-oriented second candidate (the prose of
    /// the best-scoring container) and take it when it holds far more. Default true, so a page with prose never comes
    /// back empty.
    /// </summary>
    public bool RecallFallback { get; init; } = true;

    internal void Validate()
    {
        if (MinimumConfidence is { } confidence && (double.IsNaN(confidence) || confidence is < 0 or > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumConfidence), confidence, "The confidence must be between 0 and 1.");
        }
    }
}
