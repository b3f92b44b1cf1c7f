using NewsScrub.Internal;
using NewsScrub.Steps;

namespace NewsScrub.Tests.Steps.ContentSelection;

public sealed class NameWeightsTests
{
    private static HashSet<string> Words(string? classes, string? id = null)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        NameWeights.WordsOf(classes, id, words);
        return words;
    }

    [Fact]
    public void A_name_gives_itself_and_its_parts_lower_cased_and_generated_words_are_left_out()
    {
        Assert.Equal(["menu-item", "menu", "item", "relatedposts", "related", "posts"], Words("menu-item  relatedPosts"));
        Assert.Equal(["post", "css"], Words("post-123 css-1x9f"));
        Assert.Equal(["content", "main"], Words("content", "main"));
        Assert.Empty(Words(null, ""));
    }

    [Fact]
    public void Oversized_and_non_ascii_names_are_read_or_skipped_without_failing()
    {
        // Names over 40 characters are generated (hashes, serialised state), and so is a value over 1,000 characters.
        Assert.Equal(["post"], Words(new string('a', 41) + " post"));
        Assert.Empty(Words(string.Join(' ', Enumerable.Repeat("post", 250))));
        Assert.Equal(["artículo-cuerpo", "artículo", "cuerpo", "ÜBERSICHT".ToLowerInvariant()], Words("Artículo-Cuerpo ÜBERSICHT"));
        Assert.Empty(Words("a b -", "x"));
    }

    [Theory]
    [InlineData("entry-content", null, 1.5)]
    [InlineData("menu menu-item", null, (-3 + -3 + 1.0) / 3)]
    [InlineData("entry-content", "main", (1.5 + 0.5) / 2)]
    [InlineData("unknown-thing", null, 0.0)]
    public void An_element_weighs_the_mean_of_its_known_words_each_once(string classes, string? id, double expected)
    {
        var table = new NameWeights(new Dictionary<string, float> { ["entry-content"] = 1.5f, ["menu"] = -3, ["menu-item"] = -3, ["item"] = 1, ["main"] = 0.5f });
        var element = new DocumentElement { Tag = "div", Parent = 0, Classes = classes, Id = id };

        var own = table.OwnWeights([DocumentElement.Root(), element]);

        Assert.Equal(0, own[0]);
        Assert.Equal((float)expected, own[1], 5);
    }

    [Fact]
    public void The_runtime_reads_the_same_words_as_the_training_tool_does()
    {
        var random = new Random(7);
        string[] pieces = ["menu", "Item", "-", "_", ":", ".", "content", "Post", "9", " ", "x", "entry", "A", "ü", "İ"];
        for (var round = 0; round < 2000; round++)
        {
            var classes = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var words = Words(classes);
            // A table of exactly these words, each weighted by a power of two, tells from the mean which words the runtime found.
            var table = new NameWeights(words.Select(static (word, k) => KeyValuePair.Create(word, (float)(1 << k))).ToDictionary());
            var element = new DocumentElement { Tag = "div", Parent = 0, Classes = classes };

            var own = table.OwnWeights([DocumentElement.Root(), element]);

            var expected = words.Count == 0 ? 0 : (float)(Enumerable.Range(0, words.Count).Sum(static k => (double)(1 << k)) / words.Count);
            Assert.Equal(expected, own[1]);
        }
    }

    [Fact]
    public void The_model_file_carries_the_table_and_reads_it_back()
    {
        var table = new NameWeights(new Dictionary<string, float> { ["footer"] = -3.25f, ["entry-content"] = 1.5f });
        var written = ContentModel.Format([[(0, [])]], 0, 0.25, null, 0, SecondLook.Everything, [], table);

        Assert.Contains("name-weight entry-content 1.5\nname-weight footer -3.25\n", written, StringComparison.Ordinal);
        Assert.Equal(table.Entries, ContentModel.Parse(written).Names.Entries);
        Assert.Throws<FormatException>(() => ContentModel.Parse(written.Replace("name-weight footer -3.25", "name-weight footer", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_segment_sees_the_nearest_lowest_highest_and_summed_weights_of_its_element_and_ancestors()
    {
        var table = new NameWeights(new Dictionary<string, float> { ["sidebar"] = -2, ["content"] = 1, ["card"] = -0.5f });
        Segment Text(string text, int owner) => new(text) { Owner = owner };
        var document = new ScrubDocument([Text("One.", 2), Text("Two.", 3)])
        {
            Elements =
            {
                new DocumentElement { Tag = "div", Parent = 0, Depth = 1, Classes = "content" },
                new DocumentElement { Tag = "div", Parent = 1, Depth = 2, Classes = "sidebar" },
                new DocumentElement { Tag = "p", Parent = 2, Depth = 3 },
            },
        };

        var context = new PageContext(document, new PageEvidence(document), table);

        Assert.Equal([0f, 1, -2, -2], context.NameWeightNearest);
        Assert.Equal([0f, 0, -2, -2], context.NameWeightMin);
        Assert.Equal([0f, 1, 1, 1], context.NameWeightMax);
        Assert.Equal([0f, 1, -1, -1], context.NameWeightSum);
    }
}
