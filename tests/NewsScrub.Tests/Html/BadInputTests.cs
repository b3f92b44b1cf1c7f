using System.Diagnostics;
using System.Text;

namespace NewsScrub.Tests.Html;

/// <summary>Pages that are broken, huge, deep, empty or not text at all: each gives a result or a clear error.</summary>
public sealed class BadInputTests
{
    private const string Paragraph = "<p>The council approved the new budget on Tuesday after a long debate about schools, roads and the future of the harbour.</p>";

    [Theory]
    [InlineData("<html><body><article><p>The council approved the new budget on Tuesday after a long debate about schools, roads and")]
    [InlineData("<html><body><article><p>The council approved the new budget on Tuesday after a long debate about schools, roads and <a href=\"http://x")]
    [InlineData("<html><body><article><p>The council approved the new budget on Tuesday after a long debate about schools, roads and <!-- a comment that never ends")]
    [InlineData("<html><body><article><p>The council approved the new budget on Tuesday after a long debate about schools, roads and <script>var x = '</p>")]
    [InlineData("<html><body><article><p class=\"unterminated>The council approved the new budget on Tuesday after a long debate about schools, roads and")]
    public void Truncated_html_gives_a_result(string html)
    {
        var article = ScrubPipeline.Default.CleanHtml(html);
        Assert.NotNull(article);
        if (!html.Contains("unterminated", StringComparison.Ordinal))
        {
            Assert.Contains("The council approved the new budget", article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Invalid_html_gives_a_result()
    {
        const string html = "</div></p><html><body><div><p>The council approved the new budget on Tuesday <b><i>after a long debate</b></i> about schools, roads and the harbour.</span></td></tr>"
            + "<table><p>Stray paragraph inside a table with enough words to read as a sentence of prose.<li>loose item</table></ul></ol>< p>not a tag & not an entity &bogus; &#xZZ; &#99999999;</body></html></html>";
        var article = ScrubPipeline.Default.CleanHtml(html);
        Assert.Contains("The council approved the new budget on Tuesday after a long debate about schools, roads and the harbour.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hundred_thousand_nested_elements_do_not_overflow_the_stack()
    {
        const int depth = 100_000;
        var builder = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("<div>");
        }

        builder.Append(Paragraph);
        for (var i = 0; i < depth; i++)
        {
            builder.Append("</div>");
        }

        builder.Append("</body></html>");
        var article = ScrubPipeline.Default.CleanHtml(builder.ToString());
        Assert.Contains("The council approved the new budget", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>")]
    [InlineData("<span>")]
    [InlineData("<li><a href=\"/x\">")]
    [InlineData("<p><b><i>")]
    public void Hundred_thousand_unclosed_elements_give_a_result(string open)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(open, 100_000)) + Paragraph;
        var article = ScrubPipeline.Default.CleanHtml(html);
        Assert.NotNull(article);
    }

    [Fact]
    public void Page_without_body_gives_its_text()
    {
        var article = ScrubPipeline.Default.CleanHtml("<html><head><title>Budget approved</title></head>" + Paragraph + "</html>");
        Assert.Contains("The council approved the new budget", article.Text, StringComparison.Ordinal);
        Assert.Equal("Budget approved", article.Title);
    }

    [Fact]
    public void Page_with_head_only_gives_an_empty_article_with_its_title()
    {
        var article = ScrubPipeline.Default.CleanHtml("<html><head><title>Nothing here</title><meta name=\"author\" content=\"Jane Doe\"></head></html>");
        Assert.True(article.IsEmpty);
        Assert.Equal("Nothing here", article.Title);
        Assert.Equal("Jane Doe", article.Byline);
    }

    [Fact]
    public void Frameset_gives_an_empty_article_or_its_noframes_text()
    {
        const string html = "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\"><html><head><title>Frames</title></head>"
            + "<frameset cols=\"25%,75%\"><frame src=\"menu.html\"><frame src=\"main.html\"><noframes><body>" + Paragraph + "</body></noframes></frameset></html>";
        var article = ScrubPipeline.Default.CleanHtml(html);
        Assert.Equal("Frames", article.Title);
        Assert.True(article.IsEmpty || article.Text.Contains("The council approved", StringComparison.Ordinal));

        var bare = ScrubPipeline.Default.CleanHtml("<html><frameset rows=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>");
        Assert.True(bare.IsEmpty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("<html></html>")]
    [InlineData("<")]
    [InlineData("<!--")]
    [InlineData("&amp;&lt;&gt;")]
    public void Empty_or_trivial_input_gives_an_empty_article(string html)
    {
        var article = ScrubPipeline.Default.CleanHtml(html);
        Assert.NotNull(article);
        Assert.True(article.Text.Length < 10);
    }

    [Fact]
    public void Binary_bytes_are_refused_with_a_clear_error()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];
        var error = Assert.Throws<InvalidDataException>(() => ScrubPipeline.Default.CleanHtml(png));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_are_refused_with_a_clear_error()
    {
        var bytes = new byte[100_000];
        new Random(42).NextBytes(bytes);
        var error = Assert.Throws<InvalidDataException>(() => ScrubPipeline.Default.CleanHtml(bytes));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_in_a_string_is_refused_with_a_clear_error()
    {
        var text = "GIF89a\0\0\u0001\0" + new string('\0', 50);
        var error = Assert.Throws<InvalidDataException>(() => ScrubPipeline.Default.CleanHtml(text));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_pages_take_time_proportional_to_their_size()
    {
        // A 50 MB page and a quarter of it: linear work takes about 4 times as long, quadratic work 16 times.
        var small = LargePage(50 * 1024 * 1024 / 4);
        var large = LargePage(50 * 1024 * 1024);
        var smallTime = BestOf(2, () => Assert.False(ScrubPipeline.Default.CleanHtml(small).IsEmpty));
        var largeTime = BestOf(1, () => Assert.False(ScrubPipeline.Default.CleanHtml(large).IsEmpty));
        var ratio = largeTime / smallTime;
        Assert.True(ratio < 8, $"50 MB took {ratio:0.0} times as long as 12.5 MB ({largeTime:0} ms against {smallTime:0} ms)");
    }

    [Fact]
    public void Pages_over_the_size_limit_are_read_up_to_it_at_a_tag_end()
    {
        var page = "<html><body><p>" + new string('a', 100) + "</p><p>" + new string('b', 100) + "</p></body></html>";
        var cut = NewsScrub.Html.HtmlPageReader.Truncate(page, 150);
        Assert.EndsWith("<p>", cut, StringComparison.Ordinal);
        Assert.True(cut.Length <= 150);
        Assert.Same(page, NewsScrub.Html.HtmlPageReader.Truncate(page, page.Length));
    }

    private static string LargePage(int size)
    {
        var builder = new StringBuilder(size + 4096);
        builder.Append("<html><head><title>Long</title></head><body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav><article>");
        var i = 0;
        while (builder.Length < size)
        {
            builder.Append("<div class=\"section\"><h2>Part ").Append(i).Append("</h2>").Append(Paragraph)
                .Append("<p>Residents asked <a href=\"/q\">questions</a> about the <em>timetable</em> and the cost of repairs.</p>")
                .Append("<ul><li>First point</li><li>Second point</li></ul></div>\n");
            i++;
        }

        // One huge furniture subtree too (reported as a single removed item), so its size must not cost more than linear time.
        builder.Append("</article><nav class=\"site-menu\"><ul>");
        var menuEnd = builder.Length + (size / 5);
        while (builder.Length < menuEnd)
        {
            builder.Append("<li><a href=\"/s\">Section ").Append(i++).Append("</a></li>");
        }

        builder.Append("</ul></nav></body></html>");
        return builder.ToString();
    }

    private static double BestOf(int rounds, Action action)
    {
        var best = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
