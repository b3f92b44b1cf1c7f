namespace NewsScrub.Translation;

/// <summary>The provider could not be reached, or did not answer in time, after every retry. The inner exception is the transport error.</summary>
public sealed class TranslationConnectionException : TranslationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TranslationConnectionException()
        : base("The translation provider could not be reached.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TranslationConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TranslationConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
