using System.Reflection;
using Xunit.Sdk;

namespace NewsScrub.Tests.Specs;

/// <summary>
/// Feeds the examples of a spec file (fenced <c>example</c> blocks: input, a line with a single <c>.</c>, expected output)
/// to a theory, read at test time from the test output folder.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SpecFileDataAttribute(string fileName) : DataAttribute
{
    public string FileName { get; } = fileName;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Read(Path.Combine(AppContext.BaseDirectory, "Specs", FileName)).Select(static example => new object[] { example });

    public static IEnumerable<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```example", StringComparison.Ordinal))
            {
                continue;
            }

            var language = lines[i].Contains("language:", StringComparison.Ordinal) ? lines[i][(lines[i].IndexOf("language:", StringComparison.Ordinal) + 9)..].Trim() : null;
            var start = i + 1;
            var separator = Array.IndexOf(lines, ".", start);
            var end = Array.FindIndex(lines, separator, static line => line == "```");
            yield return new SpecExample(
                Path.GetFileName(path),
                i + 1,
                string.Join('\n', lines[start..separator]),
                string.Join('\n', lines[(separator + 1)..end]),
                language);
            i = end;
        }
    }
}
