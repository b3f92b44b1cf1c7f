using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Properties;

/// <summary>Invariants of cleaning, checked over generated inputs built from real scraped lines and noise.</summary>
public sealed class CleaningProperties
{
    /// <summary>Lines from the repository's example page and a few kinds of page furniture, shuffled into generated documents.</summary>
    private static readonly string[] Lines = TestPaths.ExampleText.Split('\n')
        .Concat(["Advertisement", "Read more", "Share on Facebook", "« Bonjour »", "„Hallo“", "\"", "“", "”", ",", " .", "•  tag", "12 min read", "\u00A0", "\t", "x"])
        .ToArray();

    /// <summary>Whole blocks and removed lines of the example page's result: documents without fragments.</summary>
    private static readonly string[] Blocks = ReadBlocks();

    private static Arbitrary<string> Documents() =>
        Gen.ArrayOf(Gen.Elements(Lines)).Select(static lines => string.Join("\n\n", lines)).ToArbitrary();

    /// <summary>Distinct whole blocks in any order, as a page holds them (repeats are the content filter's business).</summary>
    private static Arbitrary<string> WholeBlockDocuments() =>
        Gen.SubListOf(Blocks).SelectMany(static blocks => Gen.Shuffle(blocks)).Select(static lines => string.Join("\n\n", lines)).ToArbitrary();

    private static string[] ReadBlocks()
    {
        var article = Scrubber.CleanText(TestPaths.ExampleText);
        return [.. article.Blocks.Select(static block => block.Text).Concat(article.Removed.Select(static item => item.Text)).Distinct(StringComparer.Ordinal)];
    }

    [Property(MaxTest = 200)]
    public Property Cleaning_never_throws_on_any_string(string? input) =>
        Prop.ToProperty(Scrubber.CleanText(input ?? string.Empty) is not null);

    [Property(MaxTest = 200)]
    public Property Cleaning_never_throws_on_arbitrary_characters(char[] characters) =>
        Prop.ToProperty(Scrubber.CleanText(new string(characters ?? [])) is not null);

    [Property(MaxTest = 150)]
    public Property Cleaning_never_invents_words() =>
        Prop.ForAll(Documents(), static input =>
        {
            var article = Scrubber.CleanText(input);
            var inputWords = Words(input);
            return Words(article.Text).All(inputWords.Contains) && Words(article.Title ?? string.Empty).All(inputWords.Contains);
        });

    /// <summary>
    /// Cleaning what cleaning produced (title, then body) changes nothing. Checked on documents of whole blocks:
    /// a soup of sentence fragments is ambiguous by nature, because a removed line between two fragments is what
    /// kept them apart the first time.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property Cleaning_is_idempotent() =>
        Prop.ForAll(WholeBlockDocuments(), static input =>
        {
            var first = Scrubber.CleanText(input);
            var second = Scrubber.CleanText(Render(first));
            return first.Text == second.Text && first.Title == second.Title;
        });

    [Property(MaxTest = 150)]
    public Property Nothing_is_silently_lost() =>
        Prop.ForAll(Documents(), static input =>
        {
            // Every word of the input is in the body, the metadata, or a removed item.
            var article = Scrubber.CleanText(input);
            var kept = new HashSet<string>(Words(article.Text));
            kept.UnionWith(article.Removed.SelectMany(static item => Words(item.Text)));
            kept.UnionWith(article.Tags.SelectMany(Words));
            kept.UnionWith(article.Captions.SelectMany(Words));
            kept.UnionWith(Words(article.Title ?? string.Empty));
            return Words(input).All(kept.Contains);
        });

    [Property(MaxTest = 150)]
    public Property Quotation_marks_are_never_added() =>
        Prop.ForAll(Documents(), static input =>
        {
            // Rejoining moves line breaks and spaces, never quotation marks.
            var article = Scrubber.CleanText(input);
            return "\"«»„“”‚‘’‹›「」".All(mark => Count(article.Text, mark) <= Count(input, mark));
        });

    /// <summary>The cleaned article as a user would store it: the title, then the body.</summary>
    private static string Render(Article article) =>
        article.Title is null ? article.Text : article.Title + "\n\n" + article.Text;

    private static int Count(string text, char c) => text.Count(x => x == c);

    private static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }
}
