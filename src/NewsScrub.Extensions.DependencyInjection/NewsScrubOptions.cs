using NewsScrub.Steps;

namespace NewsScrub;

/// <summary>
/// The settings of the pipeline <c>services.AddNewsScrub(...)</c> registers: each standard step's options and the
/// page-size limit. Mutable so that <c>services.Configure</c> and configuration binding can fill it (keys named as
/// the properties: <c>NewsScrub:Reflow:LanguageSpacing</c>, <c>NewsScrub:Boilerplate:RemovedPhrases:0</c>); checked
/// when the host starts, by building the pipeline.
/// </summary>
public sealed class NewsScrubOptions
{
    /// <summary>The largest page the pipeline reads; see <see cref="ScrubPipelineBuilder.MaxPageBytes"/>.</summary>
    public long MaxPageBytes { get; set; } = ScrubPipelineBuilder.MaxPageBytesLimit;

    /// <summary>Options of the metadata step.</summary>
    public MetadataOptions Metadata { get; set; } = new();

    /// <summary>Options of the boilerplate step.</summary>
    public BoilerplateOptions Boilerplate { get; set; } = new();

    /// <summary>Options of the reflow step.</summary>
    public ReflowOptions Reflow { get; set; } = new();

    /// <summary>Options of the content-selection step.</summary>
    public ContentSelectionOptions ContentSelection { get; set; } = new();

    /// <summary>A builder with the standard steps configured from these options.</summary>
    public ScrubPipelineBuilder CreateBuilder() =>
        new ScrubPipelineBuilder { MaxPageBytes = MaxPageBytes }
            .UseMetadata(Metadata)
            .UseBoilerplate(Boilerplate)
            .UseReflow(Reflow)
            .UseContentSelection(ContentSelection);
}
