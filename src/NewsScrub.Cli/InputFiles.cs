namespace NewsScrub.Cli;

/// <summary>One input of the CLI: where it came from (as given) and the name its output file gets.</summary>
internal sealed record InputFile(string Source, string? Path, string OutputName);

/// <summary>Expands the CLI's paths (files, folders, '-') into inputs, in a deterministic order.</summary>
internal static class InputFiles
{
    private static readonly string[] Extensions = [".html", ".htm", ".txt", ".xhtml"];

    public static IEnumerable<InputFile> Expand(IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new InputFile("-", null, "stdin");
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(static file => Extensions.Contains(System.IO.Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var relative = System.IO.Path.GetRelativePath(path, file);
                    yield return new InputFile(file, file, StripExtension(relative));
                }
            }
            else
            {
                yield return new InputFile(path, path, StripExtension(System.IO.Path.GetFileName(path)));
            }
        }
    }

    private static string StripExtension(string path)
    {
        var directory = System.IO.Path.GetDirectoryName(path);
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        return string.IsNullOrEmpty(directory) ? name : System.IO.Path.Combine(directory, name);
    }
}
