namespace NewsScrub.Internal;

/// <summary>A step as configured on a builder: created (and its options validated) only by <see cref="ScrubPipelineBuilder.Build"/>.</summary>
internal sealed record StepRegistration(StepStage Stage, Func<IScrubStep> Create);
