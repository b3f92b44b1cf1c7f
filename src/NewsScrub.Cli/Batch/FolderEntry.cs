namespace NewsScrub.Cli.Batch;

/// <summary>A file found by walking a folder, or a subfolder that could not be listed (<see cref="Error"/> set).</summary>
internal sealed record FolderEntry(string FullName, long Length, string? Error);
