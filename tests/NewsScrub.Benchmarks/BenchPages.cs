namespace NewsScrub.Benchmarks;

/// <summary>The benchmark's pages, read once: the text dumps (and HTML pages) of the DEV half in ../shared/bench.</summary>
internal static class BenchPages
{
    public static string SharedDirectory { get; } = FindShared();

    public static IReadOnlyList<string> TextDumps { get; } = Read(Path.Combine(SharedDirectory, "bench", "text", "dev"), "*.txt");

    public static IReadOnlyList<string> Read(string directory, string pattern) =>
        Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    public static long Utf8Bytes(IEnumerable<string> pages) => pages.Sum(static page => (long)System.Text.Encoding.UTF8.GetByteCount(page));

    private static string FindShared()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "bench")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No ../shared/bench folder above the benchmark's folder.");
    }
}
