namespace NewsScrub.Internal;

/// <summary>One named unit of the cleaning pipeline. Implementations are immutable and thread-safe.</summary>
internal interface IScrubStep
{
    /// <summary>The step's name, as reported in <see cref="RemovedItem.Step"/>.</summary>
    string Name { get; }

    /// <summary>Annotates the document in place.</summary>
    void Apply(ScrubDocument document);
}
