namespace NewsScrub.Translation;

/// <summary>The provider failed on its side (HTTP 5xx after every retry, or an answer that could not be understood).</summary>
public sealed class TranslationServiceException : TranslationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TranslationServiceException()
        : base("The translation provider failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TranslationServiceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TranslationServiceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
