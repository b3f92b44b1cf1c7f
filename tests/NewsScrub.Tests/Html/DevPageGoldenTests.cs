using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Html;

/// <summary>
/// Real pages from the benchmark's DEV half: the paragraphs that matter are there, the furniture around them is not.
/// (Key passages, not whole-text equality: the extraction may still improve.)
/// </summary>
public sealed class DevPageGoldenTests
{
    private static Article Clean(string idPrefix)
    {
        var folder = TestPaths.SharedFile("bench", "extraction", "dev");
        var path = Directory.EnumerateFiles(folder, idPrefix + "*.html").Single();
        return ScrubPipeline.Default.CleanHtml(File.ReadAllBytes(path));
    }

    [SharedFact]
    public void Opinion_page_keeps_the_opening_paragraph_and_drops_ad_labels()
    {
        var article = Clean("04a6711c");
        Assert.Contains("Americans have gone to the polls four times this month to vote in major, statewide races.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Supported by", article.Text, StringComparison.Ordinal);
        Assert.NotNull(article.Title);
        Assert.Equal("en", article.Language);
    }

    [Fact(Skip = "Known gap (docs/html.md): with the learned name weights the model keeps the standfirst (p#article-summary, +1.6) and the author's role line 'Opinion Columnist' (-2.2) above the opening paragraph, as this page's cut is lenient (-1.95); the benchmark's gold starts at the opening paragraph.")]
    public void Opinion_page_starts_with_its_opening_paragraph()
    {
        var article = Clean("04a6711c");
        Assert.StartsWith("Americans have gone to the polls four times this month to vote in major, statewide races.", article.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Ticker_above_the_headline_does_not_replace_the_article()
    {
        var article = Clean("5f9c5ed5");
        Assert.Contains("NEW DELHI: Their American dream shattered and huge savings wasted", article.Text, StringComparison.Ordinal);
        Assert.Equal("With shattered dreams, deportees return home from US", article.Title);
        Assert.Equal("India Post", article.SiteName);
    }

    [Fact(Skip = "Known gap (docs/html.md): the fitted content model keeps a spam link line after the article (two of its three copies, log-odds +3.4 and +4.3 against the page's cut of 3.39); the breaking-news ticker above the headline is dropped now.")]
    public void Ticker_above_the_headline_and_spam_below_are_left_out()
    {
        var article = Clean("5f9c5ed5");
        Assert.DoesNotContain("USCIRF expresses concern", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Download Premium WordPress Themes", article.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Embedded_tweets_are_kept_as_quotes()
    {
        var article = Clean("3f65af7b");
        Assert.Contains(article.Blocks, block => block.Text.StartsWith("Yes this is real and yes the state spent nearly half a million dollars", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Short_result_lines_of_a_sports_roundup_are_kept()
    {
        var article = Clean("c81e134e");
        Assert.Contains(article.Blocks, block => block.Text == "Palm Bay d. Rockledge 70-44");
        Assert.DoesNotContain("Florida Today", article.Text, StringComparison.Ordinal);
    }

    [Fact(Skip = "Known gap (docs/html.md): the two-member content model scores the roundup's first subheading +2.0 against the page's cut of 3.3, and no kept block comes before it for the subheading rule to keep it by.")]
    public void The_first_subheading_of_a_sports_roundup_is_kept()
    {
        var article = Clean("c81e134e");
        Assert.Contains(article.Blocks, block => block.Text == "GIRLS BASKETBALL" && block.Kind == BlockKind.Heading);
    }

    [SharedFact]
    public void Cookie_dialog_is_not_the_article()
    {
        var article = Clean("612cd298");
        Assert.Contains("I’ve worked on my own vehicles since I was 17", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("This website uses cookies", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.CookieNotice || item.Text.Contains("cookies", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Numbered_subheadings_and_summaries_of_a_long_guide_are_kept()
    {
        var article = Clean("e593d7fe");
        Assert.Contains(article.Blocks, block => block.Text == "1. Ditch the diet" && block.Kind == BlockKind.Heading);
        Assert.Contains(article.Blocks, block => block.Text == "5. Try yoga" && block.Kind == BlockKind.Heading);
        Assert.Contains("Binge eating disorder (BED) is considered the most common feeding and eating disorder", article.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Page_language_without_a_stopword_profile_still_gives_the_article()
    {
        // Indonesian: no stopword list, so the statistics run without stopwords.
        var article = Clean("7837c9d6");
        Assert.Contains("Sebelum Islam pecah jadi Sunni dan Syiah zaman Khalifah Ali", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Please log in using one of these methods", article.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Japanese_page_gives_the_article()
    {
        var article = Clean("f105de6e");
        Assert.Contains("Kindle書籍を読む場合は", article.Text, StringComparison.Ordinal);
    }
}
