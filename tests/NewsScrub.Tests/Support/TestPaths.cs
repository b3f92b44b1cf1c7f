using System.Reflection;

namespace NewsScrub.Tests.Support;

/// <summary>Where the repository and the shared benchmark folder are, for tests that read them.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(static attribute => attribute.Key == "RepositoryRoot").Value!;

    /// <summary>The shared folder beside the repository (benchmark pages, seed fixture).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);
}
