namespace NewsScrub.Benchmarks;

/// <summary>The HTML pages of the extraction benchmark's DEV half, as bytes.</summary>
internal static class Pages
{
    public static string DefaultFolder { get; } = Path.Combine(BenchPages.SharedDirectory, "bench", "extraction", "dev");

    public static (string Name, byte[] Bytes)[] Load(string folder) =>
        Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal)
            .Select(static path => (Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path))).ToArray();
}
