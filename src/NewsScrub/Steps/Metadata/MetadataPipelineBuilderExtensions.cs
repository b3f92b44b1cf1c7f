using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>Adds the metadata step to a pipeline.</summary>
public static class MetadataPipelineBuilderExtensions
{
    /// <summary>
    /// Recognises the title, image captions (the line before a photo credit), publication dates and trailing tag lists,
    /// and moves them from the body into the article's metadata.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The step's options; defaults when null.</param>
    /// <returns>The same builder.</returns>
    public static ScrubPipelineBuilder UseMetadata(this ScrubPipelineBuilder builder, MetadataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = options ?? new MetadataOptions();
        return builder.SetStep(StepStage.Metadata, () =>
        {
            configured.Validate();
            return new MetadataStep(configured);
        });
    }
}
