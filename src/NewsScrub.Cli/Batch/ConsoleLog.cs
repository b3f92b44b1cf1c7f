namespace NewsScrub.Cli.Batch;

/// <summary>Writes to stderr from several threads: error lines, and a progress line that errors clear first.</summary>
internal sealed class ConsoleLog(TextWriter stderr)
{
    private readonly Lock gate = new();
    private int progressWidth;

    public void Error(string message)
    {
        lock (gate)
        {
            ClearProgress();
            stderr.WriteLine(message);
        }
    }

    /// <summary>Redraws the progress line in place (carriage return, no newline).</summary>
    public void Progress(string line)
    {
        lock (gate)
        {
            var padding = Math.Max(0, progressWidth - line.Length);
            stderr.Write('\r' + line + new string(' ', padding));
            stderr.Flush();
            progressWidth = line.Length;
        }
    }

    public void ClearProgress()
    {
        lock (gate)
        {
            if (progressWidth > 0)
            {
                stderr.Write('\r' + new string(' ', progressWidth) + '\r');
                stderr.Flush();
                progressWidth = 0;
            }
        }
    }
}
