namespace NewsScrub.Translation;

/// <summary>A language a provider supports.</summary>
/// <param name="Code">The provider's code for the language, such as <c>DE</c> or <c>EN-GB</c>.</param>
/// <param name="Name">The language's English name.</param>
/// <param name="SupportsFormality">Whether <see cref="TranslationRequest.Formality"/> can be set for this target language.</param>
public sealed record TranslationLanguage(string Code, string Name, bool SupportsFormality = false);
