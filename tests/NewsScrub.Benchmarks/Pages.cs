namespace NewsScrub.Benchmarks;

/// <summary>The benchmark pages: the DEV half of the extraction benchmark beside the repository.</summary>
internal static class Pages
{
    public static string DefaultFolder { get; } = FindDefault();

    public static (string Name, byte[] Bytes)[] Load(string folder) =>
        Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal)
            .Select(static path => (Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path))).ToArray();

    private static string FindDefault()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "bench", "extraction", "dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            candidate = Path.Combine(directory.FullName, "..", "shared", "bench", "extraction", "dev");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "Library.sln")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return Path.GetFullPath("../shared/bench/extraction/dev");
    }
}
