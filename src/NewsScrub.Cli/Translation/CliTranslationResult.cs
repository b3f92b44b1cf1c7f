using NewsScrub.Cli.Batch;
using NewsScrub.Translation;

namespace NewsScrub.Cli.Translation;

/// <summary>A translated article, or in a dry run the estimate of its cost.</summary>
internal sealed record CliTranslationResult(TranslatedArticle? Article, TranslationEstimate? Estimate)
{
    /// <summary>The output for one record in the run's format (text, json, jsonl or md).</summary>
    public string Render(BatchResult result, OutputFormat format) => (Article, Estimate) switch
    {
        ({ } article, _) when format is OutputFormat.Text => article.Title is { } title ? title.Translation + "\n\n" + article.Text : article.Text,
        ({ } article, _) when format is OutputFormat.Markdown => MarkdownDocument.Render(result with { Article = Translated(result.Article ?? NewsScrub.Article.Empty, article) }),
        ({ } article, _) => TranslationJson.Serialize(result.Source, article, indented: format == OutputFormat.Json),
        (_, { } estimate) when format is OutputFormat.Text or OutputFormat.Markdown => $"{result.Source}: {estimate.BilledCharacters} characters would be billed ({estimate.DistinctTexts} distinct texts, {estimate.CachedTexts} cached)",
        (_, { } estimate) => TranslationJson.Serialize(result.Source, estimate, indented: format == OutputFormat.Json),
        _ => string.Empty,
    };

    /// <summary>The cleaned article with its title, blocks and captions replaced by their translations.</summary>
    private static NewsScrub.Article Translated(NewsScrub.Article original, TranslatedArticle translated) => original with
    {
        Title = translated.Title?.Translation ?? original.Title,
        Language = translated.TargetLanguage.ToLowerInvariant(),
        Blocks = [.. translated.Blocks.Select(static block => new ArticleBlock(block.Kind, block.Translation))],
        Captions = translated.Captions.Count == 0 ? original.Captions : [.. translated.Captions.Select(static caption => caption.Translation)],
    };
}
