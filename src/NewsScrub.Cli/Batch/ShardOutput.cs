using System.Text;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// The output of a run written to a file for an engine (<c>--out-file</c>): everything that would go to stdout is
/// written to a temporary file beside the target and renamed over it by <see cref="Commit"/>, so a task that is
/// run again replaces its output instead of adding to it, and a task that dies leaves no partial output. Disposing
/// without committing removes the temporary file and leaves the target as it was.
/// </summary>
internal sealed class ShardOutput : IDisposable
{
    private readonly string target;
    private readonly string temporaryPath;
    private readonly FileStream stream;
    private bool done;

    public ShardOutput(string target)
    {
        this.target = target;
        stream = AtomicFile.CreateTemporary(target, out temporaryPath);
        Writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
    }

    /// <summary>Where the results go until <see cref="Commit"/>.</summary>
    public TextWriter Writer { get; }

    /// <summary>Makes the written output the target's content.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(done, this);
        Writer.Flush();
        Writer.Dispose();
        done = true;
        AtomicFile.Commit(stream, temporaryPath, target);
    }

    public void Dispose()
    {
        if (!done)
        {
            done = true;
            Writer.Dispose();
            AtomicFile.Discard(stream, temporaryPath);
        }
    }
}
