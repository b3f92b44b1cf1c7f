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

    /// <summary>Statistics work on whole paragraphs, so they run after reflow.</summary>
    ContentFilter = 400,
}
