namespace NewsScrub.Steps;

/// <summary>A phrase that marks a line as page furniture.</summary>
/// <param name="Text">The phrase. Matching ignores case; any number stands for any number ("5 min read" matches "12 min read").</param>
/// <param name="Category">What the phrase marks.</param>
/// <param name="Match">How the phrase is matched against a line.</param>
/// <param name="Language">The ISO 639-1 code of the phrase's language, or <see langword="null"/> for a phrase that applies to every page.</param>
public sealed record BoilerplatePhrase(string Text, RemovalCategory Category, PhraseMatch Match = PhraseMatch.Line, string? Language = null);
