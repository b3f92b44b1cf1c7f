namespace NewsScrub.Translation;

/// <summary>The provider kept answering &quot;too many requests&quot; (HTTP 429) after every retry. Send fewer requests at once.</summary>
public sealed class TranslationTooManyRequestsException : TranslationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TranslationTooManyRequestsException()
        : base("The translation provider is receiving too many requests.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TranslationTooManyRequestsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TranslationTooManyRequestsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
