namespace NewsScrub.Cli.Batch;

/// <summary>Reads a stream into memory with a size limit, so one huge record cannot exhaust memory.</summary>
internal static class BoundedRead
{
    public static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = stream.Read(chunk);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException($"record is larger than the limit of {maxBytes / (1024 * 1024)} MB");
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
