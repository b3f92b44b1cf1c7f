using NewsScrub.Translation;

namespace NewsScrub.Cli.Translation;

/// <summary>A translated article, or in a dry run the estimate of its cost.</summary>
internal sealed record CliTranslationResult(TranslatedArticle? Article, TranslationEstimate? Estimate)
{
    /// <summary>The output for one input in the run's format.</summary>
    public string Render(string source, OutputFormat format) => (Article, Estimate) switch
    {
        ({ } article, _) when format is OutputFormat.Text or OutputFormat.Markdown => article.Title is { } title ? title.Translation + "\n\n" + article.Text : article.Text,
        ({ } article, _) => TranslationJson.Serialize(source, article, indented: format == OutputFormat.Json),
        (_, { } estimate) when format is OutputFormat.Text or OutputFormat.Markdown => $"{source}: {estimate.BilledCharacters} characters would be billed ({estimate.DistinctTexts} distinct texts, {estimate.CachedTexts} cached)",
        (_, { } estimate) => TranslationJson.Serialize(source, estimate, indented: format == OutputFormat.Json),
        _ => string.Empty,
    };
}
