using NewsScrub.Languages;
using NewsScrub.Steps;

namespace NewsScrub.Tests.Languages;

/// <summary>Every language unit (<c>src/NewsScrub/Languages/Data/*.txt</c>) loads and is complete.</summary>
public sealed class LanguageUnitTests
{
    public static TheoryData<string> Units()
    {
        var data = new TheoryData<string>();
        foreach (var unit in LanguageCatalog.All)
        {
            data.Add(unit.Code);
        }

        return data;
    }

    public static TheoryData<string> CompleteUnits()
    {
        var data = new TheoryData<string>();
        foreach (var unit in LanguageCatalog.All.Where(static unit => unit.IsComplete))
        {
            data.Add(unit.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void Unit_loads_with_a_name_and_a_script(string code)
    {
        var unit = LanguageCatalog.Find(code)!;
        Assert.Equal(code, unit.Code);
        Assert.False(string.IsNullOrWhiteSpace(unit.Name));
        Assert.NotEmpty(unit.Scripts);
        Assert.Same(unit, LanguageCatalog.Find(code.ToUpperInvariant() + "-XX"));
        foreach (var alias in unit.Aliases)
        {
            Assert.Same(unit, LanguageCatalog.Find(alias));
        }
    }

    [Theory]
    [MemberData(nameof(CompleteUnits))]
    public void Complete_unit_has_everything_the_pipeline_uses(string code)
    {
        var unit = LanguageCatalog.Find(code)!;
        Assert.True(unit.Stopwords.Count >= 80, $"{code}: {unit.Stopwords.Count} stopwords, expected the 80 most frequent at least");
        Assert.True(unit.Sample.Length >= 400, $"{code}: the sample has {unit.Sample.Length} characters, expected 400 at least");
        var categories = LanguageUnitReader.CategoriesOf(unit).ToHashSet();
        var missing = LanguageUnitReader.CatalogueSections.Where(pair => !categories.Contains(pair.Value)).Select(static pair => pair.Key).ToList();
        Assert.True(missing.Count == 0, $"{code}: no native phrases in [{string.Join("], [", missing)}]");
        Assert.Equal(12, unit.Months.Count);
        Assert.All(unit.Months, static forms => Assert.NotEmpty(forms));
        Assert.Equal(7, unit.Weekdays.Count);
        Assert.All(unit.Weekdays, static forms => Assert.NotEmpty(forms));
        Assert.NotEmpty(unit.Quotes);
        Assert.NotEmpty(unit.DateOrders);
        Assert.True(unit.Furniture.IsComplete, $"{code}: a furniture word list is empty");
    }

    [Theory]
    [MemberData(nameof(CompleteUnits))]
    public void Unit_sample_is_detected_as_its_language(string code) =>
        Assert.Equal(code, LanguageDetector.Detect(LanguageCatalog.Find(code)!.Sample));

    [Theory]
    [MemberData(nameof(CompleteUnits))]
    public void Every_catalogue_phrase_of_the_unit_is_removed_as_its_category(string code)
    {
        var unit = LanguageCatalog.Find(code)!;
        var catalog = new PhraseCatalog(new BoilerplateOptions());
        foreach (var phrase in unit.Phrases.Where(static phrase => phrase.Match == PhraseMatch.Line))
        {
            var hit = catalog.Match(phrase.Text, phrase.Language);
            Assert.True(hit is not null, $"{code}: '{phrase.Text}' does not match itself");
        }
    }

    [Fact]
    public void Adding_a_phrase_through_the_options_still_works_for_any_language()
    {
        var catalog = new PhraseCatalog(new BoilerplateOptions { AddedPhrases = [new BoilerplatePhrase("Czytaj więcej teraz", RemovalCategory.RelatedLink, PhraseMatch.Line, "pl")] });
        Assert.Equal(RemovalCategory.RelatedLink, catalog.Match("Czytaj więcej teraz", "pl")?.Category);
    }

    [Fact]
    public void Removing_a_built_in_phrase_through_the_options_works()
    {
        var catalog = new PhraseCatalog(new BoilerplateOptions { RemovedPhrases = ["Advertisement"] });
        Assert.Null(catalog.Match("Advertisement", "en"));
    }

    [Fact]
    public void Stopword_lookup_keeps_its_shape()
    {
        Assert.Contains("the", (IReadOnlySet<string>)LanguageProfiles.For("en"));
        Assert.Contains("the", (IReadOnlySet<string>)LanguageProfiles.For("en-GB"));
        Assert.Same(LanguageProfiles.Union, LanguageProfiles.For("xx"));
        Assert.Contains("und", (IReadOnlySet<string>)LanguageProfiles.Stopwords["de"]);
    }

    [Fact]
    public void Prose_gate_is_scaled_to_each_languages_own_stopword_density()
    {
        Assert.Equal(0.15, LanguageProfiles.ProseGate("en"));
        Assert.Equal(0.15, LanguageProfiles.ProseGate(null));
        Assert.Equal(0.15, LanguageProfiles.ProseGate("xx"));
        Assert.Equal(LanguageProfiles.ProseGate("tr"), LanguageProfiles.ProseGate("tr-TR"));

        // Inflected languages without articles find fewer of their own stopwords in ordinary prose.
        Assert.InRange(LanguageProfiles.ProseGate("lv"), 0.02, LanguageProfiles.ProseGate("de"));
        Assert.InRange(LanguageProfiles.ProseGate("tr"), 0.02, 0.125);
        Assert.All(LanguageProfiles.Stopwords.Keys, code => Assert.InRange(LanguageProfiles.ProseGate(code), 0.02, 0.15));
    }
}
