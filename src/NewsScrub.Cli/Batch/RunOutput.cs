namespace NewsScrub.Cli.Batch;

/// <summary>
/// Where a run's results go: stdout, or with <c>--out-file</c> a <see cref="ShardOutput"/> that becomes the file
/// only when the run completes; with <c>--manifest</c>, the run's <see cref="ShardManifest"/> is written after the
/// output is in place, so its existence means the output is complete.
/// </summary>
internal sealed class RunOutput : IDisposable
{
    private readonly CliOptions options;
    private readonly ShardOutput? file;

    private RunOutput(CliOptions options, TextWriter stdout)
    {
        this.options = options;
        file = options.OutputFile is null ? null : new ShardOutput(options.OutputFile);
        Writer = file?.Writer ?? stdout;
    }

    public TextWriter Writer { get; }

    /// <summary>Checks the options (a usage error names the clash), then opens the output.</summary>
    public static RunOutput Open(CliOptions options, TextWriter stdout)
    {
        if (options.OutputFile is not null && options.OutputDirectory is not null)
        {
            throw new UsageException("--out-file and --out cannot be used together");
        }

        string?[] written = [options.OutputFile, options.ManifestPath];
        var inputs = options.Paths.Where(static path => path != "-").Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in written.OfType<string>())
        {
            if (inputs.Contains(Path.GetFullPath(path)))
            {
                throw new UsageException($"'{path}' is an input; the output would replace it");
            }
        }

        if (options.OutputFile is not null && options.ManifestPath is not null &&
            Path.GetFullPath(options.OutputFile) == Path.GetFullPath(options.ManifestPath))
        {
            throw new UsageException("--out-file and --manifest must be different files");
        }

        return new RunOutput(options, stdout);
    }

    /// <summary>Puts the output in place, then writes the manifest (unless told not to: the run did not finish its work).</summary>
    public void Complete(BatchCounters counters, bool writeManifest = true)
    {
        file?.Commit();
        if (writeManifest && options.ManifestPath is not null)
        {
            ShardManifest.Of(options, options.OutputFile, counters).Write(options.ManifestPath);
        }
    }

    public void Dispose() => file?.Dispose();
}
