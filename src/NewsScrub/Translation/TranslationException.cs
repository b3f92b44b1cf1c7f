namespace NewsScrub.Translation;

/// <summary>
/// A translation provider refused a request or could not be reached. The message carries the service's own message
/// (never the credentials). Catch this type for any provider failure; the sealed subclasses name the cases a caller
/// reacts to differently.
/// </summary>
public abstract class TranslationException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    protected TranslationException()
        : base("The translation provider failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    protected TranslationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    protected TranslationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status code the service answered with, or <see langword="null"/> when there was no answer.</summary>
    public int? StatusCode { get; init; }
}
