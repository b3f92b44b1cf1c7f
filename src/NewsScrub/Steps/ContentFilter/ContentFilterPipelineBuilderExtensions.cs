using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>Adds the content filter to a pipeline.</summary>
public static class ContentFilterPipelineBuilderExtensions
{
    /// <summary>
    /// Removes blocks that are not article prose by their statistics (short link-like lines, runs of menu lines at the
    /// start and end of the page, repeated lines, low stopword density), and marks subheadings.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The step's options; defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static ScrubPipelineBuilder UseContentFilter(this ScrubPipelineBuilder builder, ContentFilterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = options ?? new ContentFilterOptions();

        return builder.SetStep(StepStage.ContentFilter, () =>
        {
            configured.Validate();
            return new ContentFilterStep(configured);
        });
    }
}
