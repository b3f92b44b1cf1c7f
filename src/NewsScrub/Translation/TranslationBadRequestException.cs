namespace NewsScrub.Translation;

/// <summary>The provider rejected a parameter of the request (HTTP 400, 404, 413): an unknown language, a formality the target does not support, a missing glossary, a text too large.</summary>
public sealed class TranslationBadRequestException : TranslationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TranslationBadRequestException()
        : base("The translation provider rejected the request.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TranslationBadRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TranslationBadRequestException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
