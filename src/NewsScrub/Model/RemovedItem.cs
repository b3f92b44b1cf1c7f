namespace NewsScrub;

/// <summary>A piece of the input that is not part of the article body, and why.</summary>
/// <param name="Text">The text as it appeared in the input, whitespace-normalised.</param>
/// <param name="Category">Why it was removed.</param>
/// <param name="Step">The name of the step that removed it.</param>
public sealed record RemovedItem(string Text, RemovalCategory Category, string Step);
