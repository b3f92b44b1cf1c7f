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

    /// <summary>Whether the shared folder is there (CI and the team's machines); a user's clone has none.</summary>
    public static bool SharedExists { get; } = Directory.Exists(Path.Combine(Shared, "bench")) && Directory.Exists(Path.Combine(Shared, "fixtures"));

    /// <summary>Why a test over the shared pages is skipped.</summary>
    public const string SharedMissingReason = "needs ../shared beside the repository (benchmark pages and seed fixture, not part of the repository); .ci/run runs it";

    /// <summary>The scraped-text example page the repository carries (menu, caption, byline, ads, a split quotation, tags).</summary>
    public static string ExampleText { get; } = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "examples", "ferry-strike.txt"));
}
