using NewsScrub.Tests.Specs;

namespace NewsScrub.Tests.Steps.Reflow;

public sealed class ReflowSpecTests
{
    [Theory]
    [SpecFileData("reflow.md")]
    public void Example_is_rejoined_as_specified(SpecExample example)
    {
        var article = ScrubPipeline.Default.CleanText(example.Input, example.Language);

        Assert.Equal(example.Expected, article.Text.Replace('\u00A0', ' '));
    }

    [Fact]
    public void French_keeps_no_break_spaces_inside_guillemets_and_before_colons()
    {
        const string text = "Le ministre a déclaré que les négociations se poursuivraient pendant au moins une semaine et il a ajouté : «\n\nnous sommes sur la bonne voie\n\n» avant de quitter le bâtiment par la porte arrière avec ses conseillers.";

        var body = ScrubPipeline.Default.CleanText(text, "fr").Text;

        Assert.Contains("ajouté\u00A0: «\u00A0nous", body, StringComparison.Ordinal);
        Assert.Contains("voie\u00A0» avant", body, StringComparison.Ordinal);
    }
}
