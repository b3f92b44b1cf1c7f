namespace NewsScrub.Benchmarks;

/// <summary>
/// The language-detection test set the repository carries (<c>tests/NewsScrub.Tests/Fixtures/Detection/&lt;code&gt;.txt</c>:
/// original news sentences, one per line, none of them in a language unit's sample). Paragraphs join consecutive
/// sentences until they hold 200 characters (67 in Chinese and Japanese); short lines cut each sentence to its words within 50 characters.
/// Shared by the detection test and the benchmark, so both measure the same items.
/// </summary>
internal static class DetectionSet
{
    public const int ParagraphLength = 200;

    public const int LineLength = 50;

    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "tests", "NewsScrub.Tests", "Fixtures", "Detection");

    /// <summary>The languages of the set, by file name.</summary>
    public static IReadOnlyList<string> Languages(string repositoryRoot) =>
        Directory.EnumerateFiles(Folder(repositoryRoot), "*.txt").Select(static path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<string> Sentences(string repositoryRoot, string language) =>
        File.ReadAllLines(Path.Combine(Folder(repositoryRoot), language + ".txt")).Select(static line => line.Trim()).Where(static line => line.Length > 0).ToArray();

    public static IReadOnlyList<string> Paragraphs(IReadOnlyList<string> sentences)
    {
        var paragraphs = new List<string>();
        var current = string.Empty;
        foreach (var sentence in sentences)
        {
            var spaced = sentence.Contains(' ', StringComparison.Ordinal);
            current = current.Length == 0 ? sentence : current + (spaced ? " " : string.Empty) + sentence;

            // Chinese and Japanese: a character carries about what three Latin letters do.
            if (current.Length >= (spaced ? ParagraphLength : ParagraphLength / 3))
            {
                paragraphs.Add(current);
                current = string.Empty;
            }
        }

        return paragraphs;
    }

    /// <summary>Each sentence's words within 50 characters; a sentence without spaces (Chinese, Japanese) to 16 characters.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<string> sentences) => sentences.Select(Cut).ToArray();

    private static string Cut(string sentence)
    {
        if (!sentence.Contains(' ', StringComparison.Ordinal))
        {
            // Chinese and Japanese: a character carries about what three Latin letters do.
            return sentence.Length <= LineLength / 3 ? sentence : sentence[..(LineLength / 3)];
        }

        var words = sentence.Split(' ');
        var line = words[0];
        foreach (var word in words.Skip(1))
        {
            if (line.Length + 1 + word.Length > LineLength)
            {
                break;
            }

            line += " " + word;
        }

        return line;
    }
}
