namespace NewsScrub.Translation;

/// <summary>The account's character quota is used up (DeepL: HTTP 456). Stop the run; retrying does not help until the quota is raised or renewed.</summary>
public sealed class TranslationQuotaExceededException : TranslationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TranslationQuotaExceededException()
        : base("The translation quota is exceeded.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TranslationQuotaExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TranslationQuotaExceededException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
