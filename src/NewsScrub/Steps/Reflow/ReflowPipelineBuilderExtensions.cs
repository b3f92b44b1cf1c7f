using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>Adds the reflow step to a pipeline.</summary>
public static class ReflowPipelineBuilderExtensions
{
    /// <summary>
    /// Rejoins lines that a scraper split at inline markup: open quotations, lines that continue in lower case or
    /// with punctuation, lines ending with a comma, an opening quote or a function word. Spacing at the joins
    /// follows the language.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The step's options; defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static ScrubPipelineBuilder UseReflow(this ScrubPipelineBuilder builder, ReflowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = options ?? new ReflowOptions();
        return builder.SetStep(StepStage.Reflow, () =>
        {
            configured.Validate();
            return new ReflowStep(configured);
        });
    }
}
