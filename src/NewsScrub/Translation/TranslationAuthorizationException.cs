namespace NewsScrub.Translation;

/// <summary>The provider rejected the credentials, or they lack the permission for the request (HTTP 403). Retrying does not help.</summary>
public sealed class TranslationAuthorizationException : TranslationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TranslationAuthorizationException()
        : base("The translation provider rejected the credentials.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TranslationAuthorizationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TranslationAuthorizationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
