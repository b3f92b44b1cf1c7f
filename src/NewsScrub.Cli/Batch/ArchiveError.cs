namespace NewsScrub.Cli.Batch;

/// <summary>A broken part of an archive: where it starts and what is wrong.</summary>
internal sealed record ArchiveError(long Offset, string Message);
