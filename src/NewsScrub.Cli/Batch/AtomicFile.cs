namespace NewsScrub.Cli.Batch;

/// <summary>
/// Writes a file so that readers see either its old content or the whole new content, never a part: the data goes
/// to a hidden temporary file beside the target (unique per attempt, so two attempts never share one), which is
/// flushed to disk and renamed over the target. A run killed half-way leaves only its temporary file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The suffix of temporary files; engines and readers ignore names starting with '.' or ending so.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Creates a new temporary file beside <paramref name="target"/> (creating its folder if needed).</summary>
    public static FileStream CreateTemporary(string target, out string temporaryPath)
    {
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        temporaryPath = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}{TemporarySuffix}");
        return new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 65536);
    }

    /// <summary>Flushes the temporary file to disk, closes it and renames it over <paramref name="target"/>.</summary>
    public static void Commit(FileStream temporary, string temporaryPath, string target)
    {
        temporary.Flush(flushToDisk: true);
        temporary.Dispose();
        File.Move(temporaryPath, Path.GetFullPath(target), overwrite: true);
    }

    /// <summary>Removes a temporary file that will not be committed; a file already gone is fine.</summary>
    public static void Discard(FileStream temporary, string temporaryPath)
    {
        temporary.Dispose();
        try
        {
            File.Delete(temporaryPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left behind like a killed run's; it is hidden and named as temporary.
        }
    }

    /// <summary>Replaces <paramref name="target"/> with <paramref name="content"/> (UTF-8, no BOM) atomically.</summary>
    public static void WriteAllText(string target, string content)
    {
        var stream = CreateTemporary(target, out var temporaryPath);
        try
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(content));
            Commit(stream, temporaryPath, target);
        }
        catch
        {
            Discard(stream, temporaryPath);
            throw;
        }
    }
}
