using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Snippets;

/// <summary>
/// Every <c>```csharp</c> block in README.md, docs/ and the packages' READMEs compiles as written: as a console
/// program with the SDK's implicit usings, against the repository's packages and their dependencies.
/// </summary>
public sealed partial class DocSnippetCompilationTests
{
    private const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    private static readonly Lazy<MetadataReference[]> References = new(static () =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(static path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Documents())
        {
            var count = CSharpBlock().Count(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file)));
            for (var i = 0; i < count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_snippet_compiles_as_written(string file, int index)
    {
        var code = CSharpBlock().Matches(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, file)))[index].Groups["code"].Value;
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, path: "Usings.cs"), CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: file)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();

        var result = compilation.Emit(output);

        var errors = result.Diagnostics.Where(static diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(static diagnostic => diagnostic.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{file}, C# block {index + 1}:\n{string.Join("\n", errors)}\n\n{code}");
    }

    [Fact]
    public void The_documents_have_snippets_to_check() => Assert.True(Snippets().Count >= 5);

    private static IEnumerable<string> Documents()
    {
        var root = TestPaths.RepositoryRoot;
        yield return "README.md";
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(root, path);
        }

        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                yield return Path.GetRelativePath(root, path);
            }
        }
    }

    [GeneratedRegex(@"^```csharp\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CSharpBlock();
}
