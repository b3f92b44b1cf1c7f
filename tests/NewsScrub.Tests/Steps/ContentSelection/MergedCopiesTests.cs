using NewsScrub.Internal;
using NewsScrub.Steps;
using Decision = NewsScrub.Steps.ContentSelectionStep.Decision;

namespace NewsScrub.Tests.Steps.ContentSelection;

/// <summary>A second copy of the article run together into one block goes; the paragraphs and a quote of one post stay.</summary>
public sealed class MergedCopiesTests
{
    private static readonly string[] Paragraphs =
    [
        "The council approved the new budget on Tuesday after a long debate about schools, roads and the harbour, which had been delayed twice.",
        "Residents had asked for years that the sea wall be repaired before the winter storms reached the town and flooded the lower streets.",
        "The mayor said that the works would start in spring, and that the contracts would be signed next month with two local builders.",
        "Opposition councillors said the plan was too expensive and that the money should go to the schools first, where roofs are leaking.",
    ];

    [Fact]
    public void A_run_together_copy_of_the_paragraphs_is_a_duplicate_and_the_paragraphs_stay()
    {
        var segments = Paragraphs.Append(string.Join(" ", Paragraphs)).Select(static text => new Segment(text)).ToList();
        var decisions = Enumerable.Repeat(Decision.Keep, segments.Count).ToArray();

        MergedCopies.Mark(segments, decisions);

        Assert.Equal([Decision.Keep, Decision.Keep, Decision.Keep, Decision.Keep, Decision.Duplicate], decisions);
    }

    [Fact]
    public void A_long_post_quoting_one_earlier_post_is_kept()
    {
        // Forum replies quote one post: its words are elsewhere, but from one segment only, and that is content twice.
        var post = Paragraphs[0] + " " + Paragraphs[1] + " " + Paragraphs[2];
        var reply = post + " I agree with all of this.";
        var segments = new List<Segment> { new(post), new(reply) };
        var decisions = new[] { Decision.Keep, Decision.Keep };

        MergedCopies.Mark(segments, decisions);

        Assert.Equal([Decision.Keep, Decision.Keep], decisions);
    }

    [Fact]
    public void Only_kept_segments_count_as_the_other_copy()
    {
        var segments = Paragraphs.Append(string.Join(" ", Paragraphs)).Select(static text => new Segment(text)).ToList();
        var decisions = new[] { Decision.Drop, Decision.Drop, Decision.Drop, Decision.Drop, Decision.Keep };

        MergedCopies.Mark(segments, decisions);

        Assert.Equal(Decision.Keep, decisions[^1]);
    }

    [Fact]
    public void A_hidden_microdata_copy_of_the_article_is_left_out_and_reported()
    {
        // Which decides depends on the fitted model: the trees may drop the hidden copy themselves, or keep it and
        // leave it to the merged-copies rule (the tests above). Either way the body holds the article once.
        var menu = "<nav><ul>" + string.Concat(Enumerable.Range(1, 12).Select(static i => $"<li><a href=\"/s{i}\">Section {i}</a></li>")) + "</ul></nav>";
        var html = "<html><body>" + menu + "<article><h1>Budget approved</h1>" + string.Concat(Paragraphs.Select(static p => "<p>" + p + "</p>"))
            + "</article><div style=\"display:none\" itemscope itemtype=\"https://schema.org/NewsArticle\"><div itemprop=\"articleBody\">"
            + string.Join(" ", Paragraphs) + "</div></div></body></html>";

        var article = ScrubPipeline.Default.CleanHtml(html);

        Assert.Equal(Paragraphs, article.Blocks.Select(static block => block.Text));
        Assert.Contains(article.Removed, static removed => removed.Text == string.Join(" ", Paragraphs));
    }
}
