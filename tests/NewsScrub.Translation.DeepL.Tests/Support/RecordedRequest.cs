namespace NewsScrub.Translation.DeepL.Tests.Support;

/// <summary>One request the fake server received, and what it answered.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    int Status,
    IReadOnlyList<string> Texts,
    string? TargetLanguage,
    string? Authorization,
    string? UserAgent,
    string? ContentType,
    bool? ShowBilledCharacters,
    string? Formality,
    string? Context,
    int BodyBytes);
