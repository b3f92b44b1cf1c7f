namespace NewsScrub.Cli;

/// <summary>The command line is wrong; the message says how. Exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
