using System.IO.Compression;
using System.Text;

namespace NewsScrub.Tests.Cli;

/// <summary>Writes WARC files for tests: records as bytes, optionally one gzip member each.</summary>
internal static class WarcBuilder
{
    public static byte[] Response(string uri, string html, string contentType = "text/html; charset=utf-8", int? contentLengthDelta = null)
        => Response(uri, Encoding.UTF8.GetBytes(html), contentType, contentLengthDelta);

    public static byte[] Response(string uri, byte[] body, string contentType, int? contentLengthDelta = null)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n");
        byte[] block = [.. http, .. body];
        return Record("response", uri, "application/http; msgtype=response", block, contentLengthDelta);
    }

    public static byte[] Record(string type, string uri, string contentType, byte[] block, int? contentLengthDelta = null)
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-02T03:04:05Z\r\n" +
            $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length + (contentLengthDelta ?? 0)}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static string Page(int index) =>
        $"<html><head><title>Story {index}</title></head><body><article><h1>Story {index}</h1>" +
        string.Concat(Enumerable.Range(0, 4).Select(p => $"<p>Paragraph {p} of story {index} tells what happened in the town hall meeting on Tuesday evening, quoting three residents at length.</p>")) +
        "</article></body></html>";
}
