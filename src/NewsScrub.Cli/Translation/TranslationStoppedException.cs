namespace NewsScrub.Cli.Translation;

/// <summary>Translation failed at a record of a batch; every record has been written (the later ones as errors). Exit code 3.</summary>
internal sealed class TranslationStoppedException(string message) : Exception(message);
