using System.Globalization;

namespace NewsScrub.Text;

/// <summary>Reads a stream into memory up to a limit, never more: an endless or huge stream fails instead of filling memory.</summary>
internal static class BoundedStream
{
    /// <exception cref="InvalidDataException">The stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    public static byte[] ReadAll(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) + 1 : 64 * 1024, maxBytes + 1)];
        var length = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    throw TooLarge(length, maxBytes, atLeast: true);
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > maxBytes)
        {
            throw TooLarge(length, maxBytes, atLeast: true);
        }

        Array.Resize(ref buffer, length);
        return buffer;
    }

    public static InvalidDataException TooLarge(long length, long maxBytes, bool atLeast = false) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"The page is {(atLeast ? "more than " : string.Empty)}{(atLeast ? maxBytes : length)} bytes long, more than the limit of {maxBytes} (ScrubPipelineBuilder.MaxPageBytes)."));
}
