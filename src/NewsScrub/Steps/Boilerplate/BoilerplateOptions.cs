namespace NewsScrub.Steps;

/// <summary>Options of the boilerplate step, which removes lines that a phrase catalogue names as page furniture.</summary>
public sealed record BoilerplateOptions
{
    /// <summary>Whether the built-in catalogue (en, fr, de, es, it, pt, nl) is used. Default: <see langword="true"/>.</summary>
    public bool UseBuiltInPhrases { get; init; } = true;

    /// <summary>Phrases to add to the catalogue. Default: none.</summary>
    public IReadOnlyList<BoilerplatePhrase> AddedPhrases { get; init; } = [];

    /// <summary>Phrases to take out of the built-in catalogue, compared ignoring case, in every language and category. Default: none.</summary>
    public IReadOnlyList<string> RemovedPhrases { get; init; } = [];

    /// <summary>
    /// Lines longer than this many words are never matched by <see cref="PhraseMatch.Prefix"/> or
    /// <see cref="PhraseMatch.Contains"/> phrases: a sentence that mentions a newsletter is still prose. Default: 20.
    /// </summary>
    public int MaxWordsForPartialMatch { get; init; } = 20;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(AddedPhrases, nameof(AddedPhrases));
        ArgumentNullException.ThrowIfNull(RemovedPhrases, nameof(RemovedPhrases));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxWordsForPartialMatch, 1, nameof(MaxWordsForPartialMatch));
        foreach (var phrase in AddedPhrases)
        {
            if (phrase is null || string.IsNullOrWhiteSpace(phrase.Text))
            {
                throw new ArgumentException("Added phrases must have non-empty text.", nameof(AddedPhrases));
            }

            if (!Enum.IsDefined(phrase.Category) || !Enum.IsDefined(phrase.Match))
            {
                throw new ArgumentException($"Phrase '{phrase.Text}' has an undefined category or match.", nameof(AddedPhrases));
            }
        }
    }
}
