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

    /// <summary>A builder with the standard steps (metadata, boilerplate, reflow, content selection) using their default options.</summary>
    public static ScrubPipelineBuilder CreateDefault() =>
        new ScrubPipelineBuilder().UseMetadata().UseBoilerplate().UseReflow().UseContentSelection();

    /// <summary>The largest page the pipeline takes: 64 MiB by default, also the most it can be set to.</summary>
    public const long MaxPageBytesLimit = 64L * 1024 * 1024;

    /// <summary>
    /// The largest page the built pipeline reads, in bytes (for a string, in characters); a larger one, or a stream
    /// that goes on past it, fails with an <see cref="InvalidDataException"/> instead of being read into memory.
    /// From 1 KiB to <see cref="MaxPageBytesLimit"/> (the default).
    /// </summary>
    public long MaxPageBytes { get; set; } = MaxPageBytesLimit;

    /// <summary>Builds an immutable, thread-safe pipeline from the configured steps.</summary>
    /// <exception cref="ArgumentException">A step's options are invalid; the message names the option.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxPageBytes"/> is out of range.</exception>
    public ScrubPipeline Build()
    {
        if (MaxPageBytes is < 1024 or > MaxPageBytesLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPageBytes), MaxPageBytes, $"{nameof(MaxPageBytes)} must be from 1024 to {MaxPageBytesLimit}.");
        }

        return new(steps.Values.Select(static registration => registration.Create()).ToArray(), MaxPageBytes);
    }

    /// <summary>Adds or replaces the step that runs at <paramref name="stage"/>.</summary>
    internal ScrubPipelineBuilder SetStep(StepStage stage, Func<IScrubStep> create)
    {
        steps[stage] = new StepRegistration(stage, create);
        return this;
    }
}
