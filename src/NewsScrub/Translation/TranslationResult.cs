namespace NewsScrub.Translation;

/// <summary>The translations of a <see cref="TranslationRequest"/>, in input order.</summary>
public sealed record TranslationResult
{
    /// <summary>One translation per input text, in input order.</summary>
    public required IReadOnlyList<TranslatedText> Texts { get; init; }

    /// <summary>The characters the provider billed for the whole request.</summary>
    public long BilledCharacters => Texts.Sum(static text => text.BilledCharacters);
}
