namespace NewsScrub.Tests.Steps.Boilerplate;

/// <summary>
/// Issue 10: furniture written as sentences is recognised by its class, not only by an exact phrase: captions and
/// credits go to <see cref="Article.Captions"/>, consent notices, ad-skip links, related-story lists and comment
/// prompts are removed under their category.
/// </summary>
public sealed class FurnitureShapeTests
{
    private const string Prose = "The port authority said on Monday that the new terminal would open in the spring, two years later than planned, because the dredging of the channel had taken longer than expected.";

    private const string MoreProse = "Shipping lines have already moved some of their routes to other ports in the region, and local firms say they have lost business as a result of the delays.";

    [Fact]
    public void A_caption_lead_in_with_a_comma_sends_the_caption_to_captions()
    {
        var article = Scrubber.CleanText($"{Prose}\n\nImage source, Getty Images\n\nImage caption, Containers stacked at the port on Monday\n\n{MoreProse}");
        Assert.Equal(["Containers stacked at the port on Monday"], article.Captions);
        Assert.DoesNotContain("Containers", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Removed, static item => item.Category == RemovalCategory.PhotoCredit && item.Text == "Image source, Getty Images");
    }

    [Fact]
    public void A_french_caption_with_its_copyright_credit_goes_to_captions()
    {
        const string french = "Le port a annoncé lundi que le nouveau terminal ouvrirait au printemps, avec deux ans de retard, parce que le dragage du chenal a pris plus de temps que prévu.";
        var article = ScrubPipeline.Default.CleanText($"{french}\n\nDes dockers déchargent un navire au port du Havre, le 12 mars. © Julien Martin / AFP\n\n{french}", "fr");
        Assert.Equal(["Des dockers déchargent un navire au port du Havre, le 12 mars."], article.Captions);
        Assert.DoesNotContain("AFP", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copyright_credit_on_its_own_line_makes_the_line_before_it_a_caption()
    {
        var article = Scrubber.CleanText($"{Prose}\n\nA crane unloads a ship at the container terminal.\n\n© Julien Martin / AFP\n\n{MoreProse}");
        Assert.Equal(["A crane unloads a ship at the container terminal."], article.Captions);
        Assert.Contains(article.Removed, static item => item.Category == RemovalCategory.PhotoCredit && item.Text == "© Julien Martin / AFP");
    }

    [Theory]
    [InlineData("We use cookies to give you the best online experience. By agreeing you accept the use of cookies in accordance with our cookie policy.", "en")]
    [InlineData("We and our partners store cookies on your device to personalise content. You can change your settings at any time.", "en")]
    [InlineData("Wir und unsere Partner nutzen Cookies, um Ihnen Inhalte zu zeigen. Mit Ihrer Zustimmung helfen Sie uns dabei.", "de")]
    [InlineData("Korzystamy z ciasteczek, aby nasza strona działała lepiej. Możesz zmienić ustawienia prywatności w każdej chwili.", "pl")]
    public void A_consent_notice_is_recognised_by_its_words(string notice, string language)
    {
        var article = ScrubPipeline.Default.CleanText($"{Prose}\n\n{notice}\n\n{MoreProse}", language);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.CookieNotice && item.Text == notice);
    }

    [Fact]
    public void Prose_about_cookies_that_does_not_speak_to_the_reader_stays()
    {
        const string sentence = "The regulator said websites must obtain consent before placing advertising cookies, and fined three publishers for ignoring the rule.";
        var article = Scrubber.CleanText($"{Prose}\n\n{sentence}\n\n{MoreProse}");
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Skip advertisement")]
    [InlineData("Advertisement - Scroll to continue")]
    public void An_ad_skip_link_is_an_advertisement(string link)
    {
        var article = Scrubber.CleanText($"{Prose}\n\n{link}\n\n{MoreProse}");
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.Advertisement && item.Text == link);
    }

    [Fact]
    public void More_on_this_story_takes_the_headlines_under_it()
    {
        var article = Scrubber.CleanText($"Port terminal delayed again\n\n{Prose}\n\n{MoreProse}\n\nMore on this story\n\nNew cranes arrive at the harbour\n\n22 August 2019\n\nWhy the channel needs dredging\n\n1 July 2019");
        foreach (var line in new[] { "More on this story", "New cranes arrive at the harbour", "Why the channel needs dredging" })
        {
            Assert.Contains(article.Removed, item => item.Category == RemovalCategory.RelatedLink && item.Text == line);
        }
    }

    [Fact]
    public void A_french_listen_label_with_its_headline_is_a_related_link()
    {
        const string french = "Le port a annoncé lundi que le nouveau terminal ouvrirait au printemps, avec deux ans de retard, parce que le dragage du chenal a pris plus de temps que prévu.";
        var article = ScrubPipeline.Default.CleanText($"{french}\n\nÉcouter aussi : Les dockers en grève au Havre\n\n{french}", "fr");
        Assert.Contains(article.Removed, static item => item.Category == RemovalCategory.RelatedLink && item.Text.StartsWith("Écouter aussi", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Leave a comment", "en")]
    [InlineData("Join the discussion below", "en")]
    [InlineData("12 comments", "en")]
    [InlineData("Napisz komentarz", "pl")]
    [InlineData("Kommentar schreiben", "de")]
    [InlineData("Lascia un commento qui sotto", "it")]
    public void A_comment_prompt_is_recognised_by_its_shape(string prompt, string language)
    {
        var article = ScrubPipeline.Default.CleanText($"{Prose}\n\n{MoreProse}\n\n{prompt}", language);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.Comments && item.Text == prompt);
    }

    [Theory]
    [InlineData("There's plenty more where that came from. Sign up for The Morning Ledger today to get the free daily newsletter delivered to your inbox.", "en")]
    [InlineData("Scottish Construction Now is your daily service for the latest news, leads, jobs and tenders, delivered directly to your email inbox.", "en")]
    [InlineData("Abonnieren Sie jetzt unseren kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region.", "de")]
    [InlineData("Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité de votre région.", "fr")]
    public void A_subscription_pitch_is_a_newsletter_prompt(string pitch, string language)
    {
        var article = ScrubPipeline.Default.CleanText($"{Prose}\n\n{pitch}\n\n{MoreProse}", language);
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.Newsletter && item.Text == pitch);
    }

    [Theory]
    [InlineData("The paper said its newsletter had reached two million readers, and that it would ask them to subscribe to a paid edition next year.")]
    [InlineData("Shipping firms that want the port's schedule can subscribe to its newsletter, which lists every arrival and the berth it will take in the coming week and any delays announced by the harbour master.")]
    public void Prose_about_a_newsletter_that_does_not_speak_to_the_reader_stays(string sentence)
    {
        var article = Scrubber.CleanText($"{Prose}\n\n{sentence}\n\n{MoreProse}");
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://static.example.com/image/5dd3a081-500-250/things-you-need-to-know-today.jpg")]
    [InlineData("//cdn.example.org/logos/og-image-logo.PNG?width=1200")]
    public void A_line_that_is_only_an_image_address_is_removed(string address)
    {
        var article = Scrubber.CleanText($"{Prose}\n\n{address}\n\n{MoreProse}");
        Assert.Contains(article.Removed, item => item.Category == RemovalCategory.Other && item.Text == address);
    }

    [Fact]
    public void A_bare_link_to_a_page_stays()
    {
        const string source = "https://www.example.org/reports/2019/port-traffic-annual-review";
        var article = Scrubber.CleanText($"{Prose}\n\n{MoreProse}\n\nSource:\n\n{source}");
        Assert.False(NewsScrub.Steps.FurnitureShapes.IsImageAddress(source));
        Assert.DoesNotContain(article.Removed, item => item.Text == source && item.Category == RemovalCategory.Other);
    }
}
