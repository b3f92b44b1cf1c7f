namespace NewsScrub.Tests.Html;

/// <summary>Metadata from markup, and the structures users complain other extractors drop.</summary>
public sealed class MetadataAndStructureTests
{
    private const string Prose = "The council approved the new budget on Tuesday after a long debate about schools, roads and the future of the harbour.";

    private static readonly string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Harbour budget approved after long debate | The Coastal Times</title>
          <meta property="og:title" content="Harbour budget approved after long debate">
          <meta property="og:site_name" content="The Coastal Times">
          <meta property="article:tag" content="Harbour">
          <meta property="article:tag" content="Budget">
          <link rel="canonical" href="https://coastal.example/news/harbour-budget">
          <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour budget approved after long debate",
             "datePublished":"2019-11-19T10:32:00-05:00","author":{"@type":"Person","name":"Jane Doe"},
             "publisher":{"@type":"Organization","name":"The Coastal Times"}}
          </script>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p><button>Accept</button></div>
          <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
          <main>
            <article>
              <h1>Harbour budget approved after long debate</h1>
              <div class="byline">By <a rel="author" href="/jane">Jane Doe</a></div>
              <time datetime="2019-11-19T10:32:00-05:00">19 November 2019</time>
              <p>{{PROSE}}</p>
              <figure><img src="a.jpg" alt=""><figcaption>The harbour at dawn, seen from the old lighthouse.</figcaption></figure>
              <p>“Is it enough?” asked one resident.</p>
              <p>“No.”</p>
              <p>The mayor said the plan would be reviewed in spring, and that the <a href="/harbour">harbour works</a> would start next year if the money arrived in time.</p>
              <h2>What the money pays for</h2>
              <ul><li>New pontoons for the fishing fleet</li><li>Repairs to the sea wall</li><li>A footbridge over the river</li></ul>
              <table><tr><th>Item</th><th>Cost</th></tr><tr><td>Pontoons</td><td>£1.2m</td></tr><tr><td>Sea wall</td><td>£3.4m</td></tr></table>
              <blockquote><p>We have waited twenty years for this, and we will keep watching every pound of it being spent.</p></blockquote>
              <p>Councillors will meet again next month to approve the timetable for the works and the contracts for the builders.</p>
              <div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a><a href="https://twitter.com/share">Tweet</a></div>
              <div class="newsletter-signup"><p>Sign up to our daily newsletter to get the latest news from the coast straight to your inbox every morning.</p></div>
            </article>
            <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ferry fares to rise in the new year as operators blame fuel costs</a></li><li><a href="/b">Lifeboat crew rescues two sailors off the point in a storm</a></li></ul></aside>
          </main>
          <div id="comments" class="comments-area"><p>Great news, about time the council did something for the harbour and the people who work there.</p></div>
          <footer><p>© 2019 The Coastal Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body>
        </html>
        """.Replace("{{PROSE}}", Prose, StringComparison.Ordinal);

    private readonly Article article = ScrubPipeline.Default.CleanHtml(Page);

    [Fact]
    public void Title_comes_from_markup_without_the_site_name() => Assert.Equal("Harbour budget approved after long debate", article.Title);

    [Fact]
    public void Metadata_comes_from_markup()
    {
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new DateTimeOffset(2019, 11, 19, 10, 32, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://coastal.example/news/harbour-budget", article.CanonicalUrl);
        Assert.Equal("The Coastal Times", article.SiteName);
        Assert.Equal(["Harbour", "Budget"], article.Tags);
        Assert.Equal(["The harbour at dawn, seen from the old lighthouse."], article.Captions);
    }

    [Fact(Skip = "Known gap (docs/html.md): the fitted content model drops the cells of a small data table inside the article.")]
    public void Tables_inside_the_article_are_kept()
    {
        Assert.Contains(article.Blocks, block => block.Text.Contains("Pontoons", StringComparison.Ordinal));
        Assert.Contains(article.Blocks, block => block.Text.Contains("£3.4m", StringComparison.Ordinal));
    }

    [Fact]
    public void Body_starts_with_the_opening_paragraph() => Assert.Equal(Prose, article.Blocks[0].Text);

    [Fact]
    public void Short_dialogue_lines_are_kept()
    {
        Assert.Contains(article.Blocks, block => block.Text == "“Is it enough?” asked one resident.");
        Assert.Contains(article.Blocks, block => block.Text == "“No.”");
    }

    [Fact]
    public void Inline_links_are_joined_into_their_paragraph() =>
        Assert.Contains(article.Blocks, block => block.Text == "The mayor said the plan would be reviewed in spring, and that the harbour works would start next year if the money arrived in time.");

    [Fact]
    public void Subheadings_lists_and_quotes_are_kept()
    {
        Assert.Contains(new ArticleBlock(BlockKind.Heading, "What the money pays for"), article.Blocks);
        Assert.Contains(new ArticleBlock(BlockKind.ListItem, "New pontoons for the fishing fleet"), article.Blocks);
        Assert.Contains(new ArticleBlock(BlockKind.ListItem, "A footbridge over the river"), article.Blocks);
        Assert.Contains(new ArticleBlock(BlockKind.Quote, "We have waited twenty years for this, and we will keep watching every pound of it being spent."), article.Blocks);
        Assert.Equal("Councillors will meet again next month to approve the timetable for the works and the contracts for the builders.", article.Blocks[^1].Text);
    }

    [Theory]
    [InlineData("We use cookies")]
    [InlineData("Home")]
    [InlineData("Share on Facebook")]
    [InlineData("Sign up to our daily newsletter")]
    [InlineData("Ferry fares to rise")]
    [InlineData("Great news, about time")]
    [InlineData("All rights reserved")]
    [InlineData("Jane Doe")]
    [InlineData("19 November 2019")]
    [InlineData("The harbour at dawn")]
    [InlineData("Harbour budget approved")]
    public void Furniture_is_not_in_the_body_but_is_reported(string text)
    {
        Assert.DoesNotContain(text, article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, item => item.Text.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Pruned_furniture_is_reported_with_its_category()
    {
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.CookieNotice);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.Navigation);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.ShareFollow);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.Newsletter);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.RelatedLink);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.Caption);
        Assert.All(article.Removed, item => Assert.Equal(item.Text.Trim(), item.Text));
    }

    [Fact]
    /// <summary>
    /// Hidden text is evidence for the content model, not a verdict: dropping every hidden element outright cost
    /// held-out F1 on the WCXB dev pages (collapsed tabs and accordions hold specifications and documentation), so
    /// the model decides, and whatever it leaves out is reported.
    /// </summary>
    public void Hidden_elements_are_judged_and_never_lost()
    {
        var page = "<html><body><article><p>" + Prose + "</p><p style=\"display: none\">Secret text that is never shown to readers of the page at all.</p>"
            + "<div hidden><p>Another hidden paragraph that should not appear in the article body.</p></div><p aria-hidden=\"true\">Decorative text hidden from screen readers and the article.</p></article></body></html>";
        var result = ScrubPipeline.Default.CleanHtml(page);
        Assert.StartsWith(Prose, result.Text, StringComparison.Ordinal);
        foreach (var hidden in new[] { "Secret text", "Another hidden paragraph", "Decorative text" })
        {
            Assert.True(
                result.Text.Contains(hidden, StringComparison.Ordinal) || result.Removed.Any(item => item.Text.Contains(hidden, StringComparison.Ordinal)),
                hidden);
        }
    }

    [Fact]
    public void Language_comes_from_content_language_when_html_lang_is_missing()
    {
        var page = "<html><head><meta http-equiv=\"Content-Language\" content=\"de-DE\"></head><body><p>Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen und Straßen den neuen Haushalt beschlossen.</p></body></html>";
        Assert.Equal("de", ScrubPipeline.Default.CleanHtml(page).Language);
    }

    [Fact]
    public void Caller_language_overrides_the_page()
    {
        var result = ScrubPipeline.Default.CleanHtml(Page, "fr");
        Assert.Equal("fr", result.Language);
    }
}
