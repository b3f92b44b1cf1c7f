namespace NewsScrub.Translation.DeepL;

/// <summary>The account's character usage in the current billing period, as <c>/v2/usage</c> reports it (with some lag).</summary>
/// <param name="CharacterCount">Characters translated so far, or <see langword="null"/> when the server does not say.</param>
/// <param name="CharacterLimit">The period's character limit, or <see langword="null"/> when the server does not say.</param>
public sealed record DeepLUsage(long? CharacterCount, long? CharacterLimit)
{
    /// <summary>Whether the limit is known and reached.</summary>
    public bool LimitReached => CharacterCount is { } count && CharacterLimit is { } limit && count >= limit;
}
