using System.IO.Compression;

namespace NewsScrub.Benchmarks;

/// <summary>The HTML pages of a benchmark folder (<c>*.html</c>, or <c>*.html.gz</c> as WCXB keeps them), as bytes.</summary>
internal static class Pages
{
    public static string DefaultFolder { get; } = Path.Combine(BenchPages.SharedDirectory, "bench", "extraction", "dev");

    public static (string Name, byte[] Bytes)[] Load(string folder) =>
        Directory.EnumerateFiles(folder).Where(static path => path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".html.gz", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(static path => (Path.GetFileName(path).Split('.')[0], Read(path))).ToArray();

    private static byte[] Read(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(path);
        }

        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
