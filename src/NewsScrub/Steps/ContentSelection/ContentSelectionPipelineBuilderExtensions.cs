using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>Adds the content-selection step to a pipeline.</summary>
public static class ContentSelectionPipelineBuilderExtensions
{
    /// <summary>
    /// Decides which blocks are the page's main content with a model fitted on real pages (gradient-boosted trees over
    /// each block's text, links, position, structure and neighbours), reports every other block in
    /// <see cref="Article.Removed"/> with its category, and marks subheadings.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The step's options; defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static ScrubPipelineBuilder UseContentSelection(this ScrubPipelineBuilder builder, ContentSelectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = options ?? new ContentSelectionOptions();
        return builder.SetStep(StepStage.ContentSelection, () =>
        {
            configured.Validate();
            return new ContentSelectionStep(configured, ContentModel.BuiltIn);
        });
    }
}
