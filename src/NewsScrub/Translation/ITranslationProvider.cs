namespace NewsScrub.Translation;

/// <summary>
/// A machine-translation service: translates batches of texts and lists the languages it supports.
/// Implementations are thread-safe.
/// </summary>
public interface ITranslationProvider
{
    /// <summary>Translates every text of <paramref name="request"/>, returning the translations in input order.</summary>
    /// <param name="request">The texts and the languages and options to translate them with.</param>
    /// <param name="cancellationToken">Cancels the translation.</param>
    /// <returns>One translation per input text, in input order; never a partial result.</returns>
    /// <exception cref="TranslationException">The service refused or could not be reached.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists the languages the service translates from or into.</summary>
    /// <param name="kind">Whether source or target languages are listed.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="TranslationException">The service refused or could not be reached.</exception>
    Task<IReadOnlyList<TranslationLanguage>> GetLanguagesAsync(TranslationLanguageKind kind, CancellationToken cancellationToken = default);
}
