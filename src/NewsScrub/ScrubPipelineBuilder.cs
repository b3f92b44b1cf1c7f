using NewsScrub.Internal;
using NewsScrub.Steps;

namespace NewsScrub;

/// <summary>
/// Configures a <see cref="ScrubPipeline"/>. Add steps with the <c>Use…</c> extension methods
/// (each step's options are validated when <see cref="Build"/> runs), then build once and reuse the pipeline.
/// A builder is not thread-safe; the pipeline it builds is.
/// </summary>
public sealed class ScrubPipelineBuilder
{
    private readonly SortedDictionary<StepStage, StepRegistration> steps = [];

    /// <summary>A builder with the standard steps (metadata, boilerplate, reflow, content filter) using their default options.</summary>
    public static ScrubPipelineBuilder CreateDefault() =>
        new ScrubPipelineBuilder().UseMetadata().UseBoilerplate().UseReflow().UseContentFilter();

    /// <summary>Builds an immutable, thread-safe pipeline from the configured steps.</summary>
    /// <exception cref="ArgumentException">A step's options are invalid; the message names the option.</exception>
    public ScrubPipeline Build() => new(steps.Values.Select(static registration => registration.Create()).ToArray());

    /// <summary>Adds or replaces the step that runs at <paramref name="stage"/>.</summary>
    internal ScrubPipelineBuilder SetStep(StepStage stage, Func<IScrubStep> create)
    {
        steps[stage] = new StepRegistration(stage, create);
        return this;
    }
}
