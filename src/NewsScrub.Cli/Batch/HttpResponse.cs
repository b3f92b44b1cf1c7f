using System.IO.Compression;
using System.Text;

namespace NewsScrub.Cli.Batch;

/// <summary>The parts of an HTTP response stored in a WARC record that cleaning needs.</summary>
internal sealed record HttpResponse(int Status, string? ContentType, byte[] Body)
{
    /// <summary>Splits a WARC response block into status, Content-Type and body (de-chunked and decompressed); null when it is not HTTP.</summary>
    public static HttpResponse? Parse(byte[] block, long maxBodyBytes)
    {
        var span = block.AsSpan();
        var headerEnd = span.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        var lfOnly = span.IndexOf("\n\n"u8);
        if (headerEnd < 0 || (lfOnly >= 0 && lfOnly < headerEnd))
        {
            headerEnd = lfOnly;
            separator = 2;
        }

        if (headerEnd < 0 || !span.StartsWith("HTTP/"u8))
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(span[..headerEnd]).Split('\n');
        var statusParts = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var status = statusParts.Length > 1 && int.TryParse(statusParts[1], System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;
        string? contentType = null;
        string? transferEncoding = null;
        string? contentEncoding = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transferEncoding = value;
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                contentEncoding = value;
            }
        }

        var body = block[(headerEnd + separator)..];
        if (transferEncoding?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body) ?? body;
        }

        if (contentEncoding is not null)
        {
            body = Decompress(body, contentEncoding.Trim().ToUpperInvariant(), maxBodyBytes) ?? body;
        }

        return new HttpResponse(status, contentType, body);
    }

    /// <summary>Whether a Content-Type names an HTML page.</summary>
    public static bool IsHtml(string? contentType) =>
        contentType is not null &&
        (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ||
         contentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));

    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (true)
        {
            var lineEnd = body.AsSpan(position).IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                return null;
            }

            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }

            position += lineEnd + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            if (position + size > body.Length)
            {
                return null;
            }

            output.Write(body, position, size);
            position += size;
            if (position < body.Length && body[position] == '\r')
            {
                position++;
            }

            if (position < body.Length && body[position] == '\n')
            {
                position++;
            }
        }
    }

    private static byte[]? Decompress(byte[] body, string encoding, long maxBytes)
    {
        try
        {
            using var input = new MemoryStream(body);
            using Stream decoder = encoding switch
            {
                "GZIP" or "X-GZIP" => new GZipStream(input, CompressionMode.Decompress),
                "DEFLATE" => new ZLibStream(input, CompressionMode.Decompress),
                "BR" => new BrotliStream(input, CompressionMode.Decompress),
                _ => input,
            };
            if (decoder == input)
            {
                return null;
            }

            return BoundedRead.ReadAll(decoder, maxBytes);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
