namespace NewsScrub.Translation;

/// <summary>One translated text.</summary>
/// <param name="Text">The translation.</param>
/// <param name="DetectedSourceLanguage">The source language the provider detected (or was given), or <see langword="null"/> when it does not say.</param>
/// <param name="BilledCharacters">The characters billed for this text; 0 when it came from a cache.</param>
public sealed record TranslatedText(string Text, string? DetectedSourceLanguage, long BilledCharacters);
