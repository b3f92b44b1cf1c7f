namespace NewsScrub.Translation.DeepL.Tests.Support;

internal static class Articles
{
    /// <summary>An article of <paramref name="paragraphs"/> distinct paragraphs, a heading, a quote and removed boilerplate.</summary>
    public static Article Long(int paragraphs, int paragraphLength = 60) => new()
    {
        Title = "Council approves the new harbour plan",
        Language = "en",
        Captions = ["The harbour at dawn."],
        Blocks = [.. Enumerable.Range(1, paragraphs).Select(i => new ArticleBlock(
            i == 1 ? BlockKind.Heading : i == 2 ? BlockKind.Quote : BlockKind.Paragraph,
            $"Paragraph {i:D4}: " + new string('x', Math.Max(0, paragraphLength - 16))))],
        Removed = [new RemovedItem("Subscribe to our newsletter", RemovalCategory.Newsletter, "Boilerplate"), new RemovedItem("Advertisement", RemovalCategory.Advertisement, "Boilerplate")],
    };
}
