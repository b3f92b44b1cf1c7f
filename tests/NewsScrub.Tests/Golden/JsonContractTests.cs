using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NewsScrub.Tests.Cli;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Golden;

/// <summary>Issue 9: one public JSON contract for the library and the CLI, with a schema in docs/.</summary>
public sealed class JsonContractTests
{
    private static readonly string Examples = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples");

    [Theory]
    [MemberData(nameof(ExamplePageTests.Pages), MemberType = typeof(ExamplePageTests))]
    public void The_cli_writes_the_contract_shape_plus_its_source(string file)
    {
        var path = Path.Combine(Examples, file);
        var run = CliRun.Of("clean", "--format", "json", path);
        var cli = JsonNode.Parse(run.Stdout)!.AsObject();

        Assert.Equal(path, (string?)cli["source"]);
        cli.Remove("source");
        var library = JsonNode.Parse(JsonSerializer.Serialize(Scrubber.Clean(File.ReadAllText(path)), ArticleJsonContext.Default.Article));
        Assert.True(JsonNode.DeepEquals(library, cli), $"library:\n{library}\ncli:\n{cli}");
    }

    [Theory]
    [MemberData(nameof(ExamplePageTests.Pages), MemberType = typeof(ExamplePageTests))]
    public void The_expected_files_read_back_into_the_same_article(string file)
    {
        var json = File.ReadAllText(Path.Combine(Examples, Path.GetFileNameWithoutExtension(file) + ".expected.json"));

        var article = JsonSerializer.Deserialize(json, ArticleJsonContext.Default.Article)!;

        Assert.Equal(json, JsonSerializer.Serialize(article, ExamplePageTests.Json).ReplaceLineEndings("\n") + "\n");
    }

    [Fact]
    public void Names_are_camel_case_and_enums_are_camel_case_strings()
    {
        var article = new Article
        {
            Title = "T",
            Published = new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.FromHours(1)),
            Blocks = [new ArticleBlock(BlockKind.ListItem, "item")],
            Removed = [new RemovedItem("Read more", RemovalCategory.RelatedLink, "Boilerplate")],
        };

        var json = JsonSerializer.Serialize(article, ArticleJsonContext.Default.Article);

        Assert.Equal(
            """{"title":"T","byline":null,"published":"2024-03-14T09:30:00+01:00","language":null,"tags":[],"captions":[],"blocks":[{"kind":"listItem","text":"item"}],"removed":[{"text":"Read more","category":"relatedLink","step":"Boilerplate"}],"text":"item"}""",
            json);
    }

    [Fact]
    public void The_schema_in_docs_is_the_contract_s()
    {
        var generated = JsonSchemaExporter.GetJsonSchemaAsNode(ArticleJsonContext.Default.Article, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true }).AsObject();
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://newsscrub.invalid/schemas/article.schema.json",
            ["title"] = "NewsScrub article",
            ["description"] = "A cleaned article as ArticleJsonContext writes it; newsscrub clean --format json adds \"source\" (and, for archive records, \"offset\" and the record's fields), and a failed JSONL record has \"source\" and \"error\" instead.",
        };
        foreach (var (name, value) in generated.ToList())
        {
            generated.Remove(name);
            schema[name] = value;
        }

        var actual = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "article.schema.json");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }
}
