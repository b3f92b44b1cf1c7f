namespace NewsScrub.Cli.Batch;

/// <summary>Counters of a batch run, shared by the reader, the workers, the writer and the progress bar.</summary>
internal sealed class BatchCounters
{
    private long bytesDone;
    private long recordsRead;
    private long records;
    private long failed;
    private long charactersRemoved;

    /// <summary>The input's total size in bytes, or -1 when unknown (stdin, folders).</summary>
    public long TotalBytes { get; set; } = -1;

    public long BytesDone => Interlocked.Read(ref bytesDone);

    /// <summary>Records handed to the workers (of this shard); each ends as one of <see cref="Records"/>.</summary>
    public long RecordsRead => Interlocked.Read(ref recordsRead);

    /// <summary>Records written (cleaned or failed).</summary>
    public long Records => Interlocked.Read(ref records);

    public long Failed => Interlocked.Read(ref failed);

    public long CharactersRemoved => Interlocked.Read(ref charactersRemoved);

    public void AddBytes(long count) => Interlocked.Add(ref bytesDone, count);

    public void AddRead() => Interlocked.Increment(ref recordsRead);

    public void AddRecord(bool ok, long removed)
    {
        Interlocked.Increment(ref records);
        if (!ok)
        {
            Interlocked.Increment(ref failed);
        }

        Interlocked.Add(ref charactersRemoved, removed);
    }
}
