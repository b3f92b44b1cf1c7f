using System.Text;
using NewsScrub.Steps;

namespace NewsScrub.Tests.Steps.ContentSelection;

/// <summary>What the content step guarantees whatever the model says: recall that never collapses, every removal reported.</summary>
public sealed class ContentSelectionTests
{
    private static readonly string[] Sentences =
    [
        "The council approved the new budget on Tuesday after a long debate about schools, roads and the harbour.",
        "Residents had asked for years that the sea wall be repaired before the winter storms reached the town.",
        "The mayor said that the works would start in spring, and that the contracts would be signed next month.",
        "Opposition councillors said the plan was too expensive and that the money should go to the schools first.",
    ];

    private static string Menu => "<nav><ul>" + string.Concat(Enumerable.Range(1, 12).Select(static i => $"<li><a href=\"/s{i}\">Section {i}</a></li>")) + "</ul></nav>";

    [Fact]
    public void Prose_inside_a_container_named_like_furniture_still_gives_an_article()
    {
        var html = "<html><body>" + Menu + "<div class=\"sidebar-widget related\">" + string.Concat(Sentences.Select(static s => "<p>" + s + "</p>"))
            + "</div><footer>" + Menu + "</footer></body></html>";

        var article = ScrubPipeline.Default.CleanHtml(html);

        Assert.False(article.IsEmpty);
        Assert.Contains(Sentences[0], article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_only_in_json_ld_is_the_article_when_the_page_shows_no_prose()
    {
        var body = string.Join("\\n", Sentences);
        var html = "<html><head><title>Budget</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget approved\",\"articleBody\":\""
            + body + "\"}</script></head><body>" + Menu + "<div id=\"app\"></div></body></html>";

        var article = ScrubPipeline.Default.CleanHtml(html);

        Assert.Equal(Sentences, article.Blocks.Select(static block => block.Text));
    }

    [Fact]
    public void A_body_held_in_a_template_script_is_read_when_the_page_shows_no_prose()
    {
        var html = "<html><head><title>Budget</title></head><body>" + Menu + "<div id=\"app\"></div><script type=\"text/template\" id=\"story\"><article>"
            + string.Concat(Sentences.Select(static s => "<p>" + s + "</p>")) + "</article></script></body></html>";

        var article = ScrubPipeline.Default.CleanHtml(html);

        Assert.Equal(Sentences, article.Blocks.Select(static block => block.Text));
    }

    [Fact]
    public void A_page_whose_head_never_ends_still_gives_its_body()
    {
        // No </head>, no <body>: a stray end tag keeps the parser in the head.
        var html = "<html><head><title>Budget</title><meta name=\"x\" content=\"y\"></meta><link rel=\"preload\" href=\"/a\"><div class=\"story\">"
            + string.Concat(Sentences.Select(static s => "<p>" + s + "</p>")) + "</div></html>";

        var article = ScrubPipeline.Default.CleanHtml(html);

        Assert.Equal(Sentences, article.Blocks.Select(static block => block.Text));
    }

    [Fact]
    public void Every_block_left_out_is_reported_with_a_category_button_text_included()
    {
        var html = "<html><body>" + Menu + "<article><h1>Budget approved</h1>" + string.Concat(Sentences.Select(static s => "<p>" + s + "</p>"))
            + "<button class=\"share\">Share on Facebook</button><button>Load more stories</button></article></body></html>";

        var article = ScrubPipeline.Default.CleanHtml(html);

        Assert.Contains(article.Removed, item => item.Text == "Load more stories");
        Assert.Contains(article.Removed, item => item.Text == "Share on Facebook" && item.Category == RemovalCategory.ShareFollow);
        Assert.Contains(article.Removed, item => item.Text == "Section 3" && item.Category == RemovalCategory.Navigation);
        var reported = new StringBuilder(article.Title).Append(' ').Append(article.Text);
        foreach (var item in article.Removed)
        {
            reported.Append(' ').Append(item.Text);
        }

        foreach (var word in new[] { "Section", "Share", "Load", "council", "Opposition" })
        {
            Assert.Contains(word, reported.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_higher_confidence_never_keeps_more()
    {
        var html = "<html><body>" + Menu + "<article><h1>Budget approved</h1>" + string.Concat(Sentences.Select(static s => "<p>" + s + "</p>"))
            + "<p><a href=\"/x\">Read the council's report</a></p><p>Updated at 3pm.</p></article><aside><p>Most read: the new bridge opens.</p></aside></body></html>";
        int Kept(double confidence) => ScrubPipelineBuilder.CreateDefault()
            .UseContentSelection(new ContentSelectionOptions { MinimumConfidence = confidence, RecallFallback = false })
            .Build().CleanHtml(html).Blocks.Count;

        var counts = new[] { 0.01, 0.1, 0.5, 0.9, 0.99 }.Select(Kept).ToArray();

        for (var k = 1; k < counts.Length; k++)
        {
            Assert.True(counts[k] <= counts[k - 1], string.Join(", ", counts));
        }
    }
}
