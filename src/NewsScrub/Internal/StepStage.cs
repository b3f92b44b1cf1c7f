namespace NewsScrub.Internal;

/// <summary>Where a step runs. Steps run in stage order whatever order the builder saw them in.</summary>
internal enum StepStage
{
    /// <summary>Phrase catalogue: labels must go before anything joins lines across them.</summary>
    Boilerplate = 100,

    /// <summary>Title, captions, dates and tags, found among the lines the catalogue left.</summary>
    Metadata = 200,

    Reflow = 300,

    /// <summary>The catalogue again, on the paragraphs reflow rebuilt from fragments it could not judge alone.</summary>
    BoilerplateAfterReflow = 350,

    /// <summary>The content model judges whole paragraphs, so it runs after reflow.</summary>
    ContentSelection = 400,
}
