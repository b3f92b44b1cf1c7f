using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>Adds the boilerplate step to a pipeline.</summary>
public static class BoilerplatePipelineBuilderExtensions
{
    /// <summary>
    /// Removes lines that a per-language phrase catalogue names as ads, related links, newsletter and app prompts,
    /// share buttons, bylines, timestamps, photo credits, tag lists, cookie notices and navigation.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The step's options; defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static ScrubPipelineBuilder UseBoilerplate(this ScrubPipelineBuilder builder, BoilerplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = options ?? new BoilerplateOptions();
        BoilerplateStep? step = null;
        BoilerplateStep Create()
        {
            configured.Validate();
            return step ??= new BoilerplateStep(configured);
        }

        // One step, two stages: lines first, then the paragraphs that reflow joined from fragments.
        return builder.SetStep(StepStage.Boilerplate, Create).SetStep(StepStage.BoilerplateAfterReflow, Create);
    }
}
