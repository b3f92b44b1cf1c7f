using System.Globalization;
using System.Text.Json;
using NewsScrub.Internal;
using NewsScrub.Text;

namespace NewsScrub.Html;

/// <summary>
/// Metadata collected while the page is walked: meta tags, link relations, the title element and JSON-LD.
/// Each value keeps the first source that gave it, by the source's priority.
/// </summary>
internal sealed class PageMetadata
{
    private const int MaxJsonLdCharacters = 2 * 1024 * 1024;

    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
         "BackgroundNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "Review",
         "Recipe", "HowTo", "WebPage", "Blog", "Posting", "DiscussionForumPosting"];

    public string? OgTitle { get; set; }

    public string? TitleElement { get; set; }

    public string? JsonLdHeadline { get; set; }

    public string? DeclaredLanguage { get; set; }

    public string? CanonicalUrl { get; set; }

    public string? OgUrl { get; set; }

    public string? SiteName { get; set; }

    public string? MetaAuthor { get; set; }

    public string? JsonLdAuthor { get; set; }

    public string? RelAuthor { get; set; }

    public DateTimeOffset? JsonLdPublished { get; set; }

    public DateTimeOffset? MetaPublished { get; set; }

    public DateTimeOffset? TimeElementPublished { get; set; }

    public string? ArticleBody { get; set; }

    public bool IsDiscussion { get; set; }

    /// <summary>The kinds the page's structured data names (JSON-LD types, og:type).</summary>
    public PageHints Hints { get; set; }

    public DistinctTags MetaTags { get; } = new();

    public DistinctTags JsonLdKeywords { get; } = new();

    public DistinctTags RelTags { get; } = new();

    public string? MetaKeywords { get; set; }

    /// <summary>
    /// A part of every meta name <see cref="ReadMeta"/> reads, and of <c>content-language</c>: it reads no other, and
    /// the reader drops before the parse any meta tag that contains none of them.
    /// </summary>
    internal static readonly string[] MetaNameParts = ["og:", "language", "author", "creator", "byl", "date", "publish", "created", "article:tag", "keywords", "application-name"];

    /// <summary>Whether the text contains one of <see cref="MetaNameParts"/>, in any case.</summary>
    internal static bool HasMetaNamePart(ReadOnlySpan<char> text)
    {
        foreach (var part in MetaNameParts)
        {
            if (text.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public void ReadMeta(string? name, string? property, string? httpEquiv, string? content, string? itemprop)
    {
        if (content is null)
        {
            return;
        }

        var key = (property ?? name ?? itemprop)?.Trim().ToLowerInvariant();
        if (!HasMetaNamePart(key ?? httpEquiv))
        {
            // The reader may have dropped such a tag unread: reading it here would make the two differ.
            return;
        }

        if (key is null)
        {
            if (httpEquiv is not null && httpEquiv.Equals("content-language", StringComparison.OrdinalIgnoreCase))
            {
                DeclaredLanguage ??= FirstLanguage(content);
            }

            return;
        }

        switch (key)
        {
            case "og:type":
                Hints |= HintOfOgType(content);
                break;
            case "og:title":
                OgTitle ??= Clean(content);
                break;
            case "og:site_name":
                SiteName ??= Clean(content);
                break;
            case "og:url":
                OgUrl ??= content.Trim();
                break;
            case "og:locale" or "language" or "dc.language" or "content-language":
                DeclaredLanguage ??= FirstLanguage(content);
                break;
            case "author" or "article:author" or "dc.creator" or "byl" or "sailthru.author" or "parsely-author" or "citation_author":
                if (!content.Contains("://", StringComparison.Ordinal))
                {
                    MetaAuthor ??= Clean(content);
                }

                break;
            case "article:published_time" or "datepublished" or "pubdate" or "publishdate" or "publish-date" or "date" or "dc.date"
                or "dc.date.issued" or "dcterms.created" or "sailthru.date" or "parsely-pub-date" or "og:published_time"
                or "article.published" or "published_time" or "cxenseparse:recs:publishtime" or "citation_publication_date":
                MetaPublished ??= ParseDate(content);
                break;
            case "article:tag":
                AddTags(MetaTags, content, split: false);
                break;
            case "news_keywords" or "keywords":
                MetaKeywords ??= content;
                break;
            case "application-name":
                SiteName ??= Clean(content);
                break;
        }
    }

    public void ReadLink(string? rel, string? href)
    {
        if (rel is null || href is null)
        {
            return;
        }

        if (rel.Contains("canonical", StringComparison.OrdinalIgnoreCase))
        {
            CanonicalUrl ??= href.Trim();
        }
    }

    public void ReadJsonLd(ReadOnlyMemory<char> json)
    {
        if (json.Length > MaxJsonLdCharacters)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            Visit(document.RootElement, 0);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            // Malformed JSON-LD (bad syntax, broken escapes) is common; it only ever adds hints.
        }
    }

    private void Visit(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, depth + 1);
        }

        Hints |= HintsOf(element);
        var type = TypeOf(element);
        if (type is "DiscussionForumPosting")
        {
            IsDiscussion = true;
        }

        if (type is not null && Array.IndexOf(ArticleTypes, type) >= 0)
        {
            if (type is not ("WebPage" or "Blog"))
            {
                JsonLdHeadline ??= StringOf(element, "headline");
                if (element.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String)
                {
                    var text = body.GetString();
                    if (!string.IsNullOrWhiteSpace(text) && (ArticleBody is null || text.Length > ArticleBody.Length))
                    {
                        ArticleBody = text;
                    }
                }

                if (element.TryGetProperty("author", out var author))
                {
                    JsonLdAuthor ??= NameOf(author);
                }

                if (element.TryGetProperty("keywords", out var keywords))
                {
                    if (keywords.ValueKind == JsonValueKind.String)
                    {
                        AddTags(JsonLdKeywords, keywords.GetString()!, split: true);
                    }
                    else if (keywords.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var keyword in keywords.EnumerateArray())
                        {
                            if (keyword.ValueKind == JsonValueKind.String)
                            {
                                AddTags(JsonLdKeywords, keyword.GetString()!, split: false);
                            }
                        }
                    }
                }
            }

            var published = StringOf(element, "datePublished") ?? StringOf(element, "dateCreated");
            if (published is not null && type is not ("WebPage" or "Blog"))
            {
                JsonLdPublished ??= ParseDate(published);
            }

            if (element.TryGetProperty("publisher", out var publisher) && type is not ("WebPage" or "Blog"))
            {
                SiteName ??= NameOf(publisher);
            }
        }

        if (element.TryGetProperty("mainEntity", out var main))
        {
            Visit(main, depth + 1);
        }

        if (element.TryGetProperty("mainEntityOfPage", out var mainOfPage) && mainOfPage.ValueKind == JsonValueKind.Object && mainOfPage.TryGetProperty("@type", out _))
        {
            Visit(mainOfPage, depth + 1);
        }
    }

    private static PageHints HintsOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return PageHints.None;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return HintOfType(type.GetString());
        }

        var hints = PageHints.None;
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    hints |= HintOfType(item.GetString());
                }
            }
        }

        return hints;
    }

    /// <summary>The kind a schema.org type names (its families by name: every "...NewsArticle" is an article).</summary>
    internal static PageHints HintOfType(string? type) => type switch
    {
        null => PageHints.None,
        "DiscussionForumPosting" or "Comment" => PageHints.Discussion,
        "QAPage" or "Question" or "Answer" => PageHints.Question,
        "ItemList" or "OfferCatalog" or "SearchResultsPage" => PageHints.ItemList,
        "CollectionPage" => PageHints.Collection,
        "Recipe" => PageHints.Recipe,
        "FAQPage" => PageHints.Faq,
        "HowTo" => PageHints.HowTo,
        "BreadcrumbList" => PageHints.Breadcrumbs,
        "Person" or "ProfilePage" => PageHints.Person,
        "SoftwareApplication" or "SoftwareSourceCode" or "TechArticle" or "APIReference" => PageHints.SoftwareOrDocs,
        "Product" or "ProductGroup" or "Offer" or "AggregateOffer" or "IndividualProduct" or "Car" or "Book" => PageHints.Product,
        "Review" or "AggregateRating" => PageHints.Review,
        "Service" or "FinancialProduct" or "ProfessionalService" => PageHints.Service,
        _ when type.EndsWith("Event", StringComparison.Ordinal) => PageHints.Event,
        _ when type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "LiveBlogPosting" or "Report" or "SocialMediaPosting" or "Posting" => PageHints.Article,
        _ when type.EndsWith("Organization", StringComparison.Ordinal) || type.EndsWith("Business", StringComparison.Ordinal) || type is "Corporation" or "Store" or "Restaurant" or "LocalBusiness" => PageHints.Organization,
        _ => PageHints.None,
    };

    private static PageHints HintOfOgType(string content)
    {
        var value = content.Trim();
        return value.StartsWith("article", StringComparison.OrdinalIgnoreCase) ? PageHints.OgArticle
            : value.StartsWith("product", StringComparison.OrdinalIgnoreCase) || value.StartsWith("og:product", StringComparison.OrdinalIgnoreCase) ? PageHints.OgProduct
            : PageHints.None;
    }

    private static string? TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return null;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && Array.IndexOf(ArticleTypes, item.GetString()) >= 0)
                {
                    return item.GetString();
                }
            }
        }

        return null;
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()!) : null;

    private static string? NameOf(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                return text.Contains("://", StringComparison.Ordinal) ? null : Clean(text);
            case JsonValueKind.Object:
                return StringOf(value, "name");
            case JsonValueKind.Array:
                var names = new DistinctTags();
                foreach (var item in value.EnumerateArray())
                {
                    if (NameOf(item) is { } name)
                    {
                        names.Add(name);
                    }
                }

                return names.Count == 0 ? null : string.Join(", ", names);
            default:
                return null;
        }
    }

    private static void AddTags(DistinctTags tags, string content, bool split)
    {
        var parts = split ? content.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [content.Trim()];
        foreach (var part in parts)
        {
            var tag = Clean(part);
            if (tag is not null && tag.Length <= 60)
            {
                tags.Add(tag);
            }
        }
    }

    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var decoded = EntityDecoder.Decode(text);
        var clean = TextNormalizer.CollapseWhitespace(decoded);
        return clean.Length == 0 ? null : clean;
    }

    private static string? FirstLanguage(string content)
    {
        var first = content.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is null ? null : NormalizeLanguage(first);
    }

    /// <summary>The ISO 639 base code of a language tag ("en" for "en-US" or "en_GB"), or null.</summary>
    public static string? NormalizeLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var code = Languages.LanguageProfiles.BaseCode(tag);
        return code.Length is >= 2 and <= 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    /// <summary>An ISO 8601 or RFC 1123 date, as most pages give it in metadata.</summary>
    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }

        // "2019-11-19T10:32:00-0500" (offset without a colon), "20191119".
        if (value.Length >= 8 && DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ssK", "yyyyMMdd", "yyyy-MM-dd'T'HH:mm:ss.fffK"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
        {
            return parsed;
        }

        if (value.Length > 5 && (value[^5] is '+' or '-') && value[^4..].All(char.IsAsciiDigit))
        {
            var withColon = value[..^2] + ":" + value[^2..];
            if (DateTimeOffset.TryParse(withColon, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
            {
                return parsed;
            }
        }

        return Steps.DateText.TryParse(value, null);
    }
}
