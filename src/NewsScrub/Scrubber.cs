namespace NewsScrub;

/// <summary>
/// The entry point for the common case: clean one page with the default pipeline, or with one you built.
/// </summary>
/// <example>
/// <code>
/// var article = Scrubber.Clean(File.ReadAllText("page.html"));
/// Console.WriteLine(article.Title);
/// Console.WriteLine(article.Text);
/// </code>
/// </example>
public static class Scrubber
{
    /// <summary>Cleans a page (HTML or scraped text, decided from the content).</summary>
    /// <param name="input">The page.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="ScrubPipeline.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static Article Clean(string input, ScrubPipeline? pipeline = null) =>
        (pipeline ?? ScrubPipeline.Default).Clean(input);

    /// <summary>Cleans already-scraped text.</summary>
    /// <param name="text">The scraped text.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="ScrubPipeline.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Article CleanText(string text, ScrubPipeline? pipeline = null) =>
        (pipeline ?? ScrubPipeline.Default).CleanText(text);

    /// <summary>Extracts and cleans the article of an HTML page.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="pipeline">The pipeline to use; <see cref="ScrubPipeline.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static Article CleanHtml(string html, ScrubPipeline? pipeline = null) =>
        (pipeline ?? ScrubPipeline.Default).CleanHtml(html);
}
