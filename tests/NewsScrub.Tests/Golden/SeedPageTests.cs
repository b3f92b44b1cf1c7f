using System.Text;
using System.Text.Json;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Golden;

/// <summary>The seed page: scraped text of an RFI article (machine-translated) must become exactly its expected article.</summary>
public sealed class SeedPageTests
{
    private static string Input => File.ReadAllText(TestPaths.SharedFile("fixtures", "seed", "rfi-herat.input.txt"));
    private static JsonElement Expected => JsonDocument.Parse(File.ReadAllText(TestPaths.SharedFile("fixtures", "seed", "rfi-herat.expected.json"))).RootElement;

    private readonly Article article = Scrubber.CleanText(Input);

    [SharedFact]
    public void Title_matches() => Assert.Equal(Nfc(Expected.GetProperty("title").GetString()!), Nfc(article.Title!));

    [SharedFact]
    public void Byline_matches() => Assert.Equal(Expected.GetProperty("byline").GetString(), article.Byline);

    [SharedFact]
    public void Tags_match() => Assert.Equal(Strings("tags"), article.Tags.Select(Nfc));

    [SharedFact]
    public void Captions_match() => Assert.Equal(Strings("captions"), article.Captions.Select(Nfc));

    [SharedFact]
    public void Body_matches_character_for_character_in_order() =>
        Assert.Equal(Strings("body"), article.Blocks.Select(static block => Nfc(block.Text)));

    [SharedFact]
    public void Headings_are_marked_as_headings() =>
        Assert.Equal(Strings("headings"), article.Blocks.Where(static block => block.Kind == BlockKind.Heading).Select(static block => Nfc(block.Text)));

    [SharedFact]
    public void Every_expected_removal_is_reported()
    {
        var removed = article.Removed.Select(static item => Nfc(item.Text)).ToHashSet();
        var missing = Strings("removed").Where(line => !removed.Contains(line)).ToList();
        Assert.Empty(missing);
    }

    [SharedFact]
    public void Language_is_detected_as_english() => Assert.Equal("en", article.Language);

    private static string[] Strings(string property) =>
        Expected.GetProperty(property).EnumerateArray().Select(static element => Nfc(element.GetString()!)).ToArray();

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
