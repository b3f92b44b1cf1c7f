using System.Text;

namespace NewsScrub.Tests.Robustness;

/// <summary>Bad input gets a clear result: empty in, empty out; garbage in, a result out; misuse, an ArgumentException.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n\t\u00A0\u200B")]
    public void Empty_text_gives_an_empty_article(string input)
    {
        var article = Scrubber.CleanText(input);

        Assert.True(article.IsEmpty);
        Assert.Equal(string.Empty, article.Text);
        Assert.Empty(article.Removed);
        Assert.Null(article.Title);
    }

    [Fact]
    public void Null_input_throws_ArgumentNullException_naming_the_argument()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Scrubber.CleanText(null!)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentNullException>(() => Scrubber.Clean(null!)).ParamName);
        Assert.Equal("html", Assert.Throws<ArgumentNullException>(() => Scrubber.CleanHtml(null!)).ParamName);
        Assert.Equal("html", Assert.Throws<ArgumentNullException>(() => ScrubPipeline.Default.CleanHtml((byte[])null!)).ParamName);
        Assert.Equal("html", Assert.Throws<ArgumentNullException>(() => ScrubPipeline.Default.CleanHtml((Stream)null!, null, null)).ParamName);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("12")]
    public void Invalid_language_throws_ArgumentException_naming_it(string language) =>
        Assert.Equal("language", Assert.Throws<ArgumentException>(() => ScrubPipeline.Default.CleanText("Some text.", language)).ParamName);

    [Fact]
    public void Undefined_input_format_throws_ArgumentException() =>
        Assert.Equal("format", Assert.Throws<ArgumentException>(() => ScrubPipeline.Default.Clean("x", (InputFormat)42)).ParamName);

    [Fact]
    public void Binary_garbage_gives_a_result()
    {
        var random = new Random(42);
        var bytes = new byte[256 * 1024];
        random.NextBytes(bytes);

        var fromText = Scrubber.CleanText(Encoding.Latin1.GetString(bytes));
        var fromUtf8 = Scrubber.CleanText(Encoding.UTF8.GetString(bytes));
        var lone = Scrubber.CleanText(new string(['\uD800', 'a', '\uDC00', '\uDFFF', '\0', '\u0001']));

        Assert.NotNull(fromText);
        Assert.NotNull(fromUtf8);
        Assert.NotNull(lone);
    }

    [Fact]
    public void A_one_megabyte_line_without_breaks_gives_a_result()
    {
        var line = string.Concat(Enumerable.Repeat("word and another word, ", 1024 * 1024 / 23));

        var article = Scrubber.CleanText(line);

        Assert.NotNull(article);
    }

    /// <summary>
    /// Work grows linearly with input: the bytes allocated for a page repeated ten times more are about ten times as
    /// many (allocation counts are deterministic, unlike a stopwatch on a shared machine).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cost_grows_linearly_with_the_size_of_the_input(bool oneLongLine)
    {
        var page = Support.TestPaths.ExampleText;
        var unit = oneLongLine ? page.Replace('\n', ' ') : page;
        var small = string.Concat(Enumerable.Repeat(unit + "\n\n", 500));     // ~2.5 MB
        var large = string.Concat(Enumerable.Repeat(unit + "\n\n", 5000));    // ~25 MB

        Scrubber.CleanText(unit);
        var smallCost = AllocatedBy(() => Scrubber.CleanText(small));
        var largeCost = AllocatedBy(() => Scrubber.CleanText(large));

        var ratio = (double)largeCost / smallCost;
        Assert.InRange(ratio, 5, 15);
    }

    [Fact]
    public void A_fifty_megabyte_text_gives_a_result()
    {
        var page = Support.TestPaths.ExampleText;
        var huge = new StringBuilder(52 * 1024 * 1024);
        while (huge.Length < 50 * 1024 * 1024)
        {
            huge.Append(page).Append("\n\n");
        }

        var article = Scrubber.CleanText(huge.ToString());

        Assert.False(article.IsEmpty);
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
