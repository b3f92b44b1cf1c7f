using HtmlAgilityPack;
using NewsScrub.Internal;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Html;

/// <summary>
/// Reads an HTML page into the document model: HtmlAgilityPack parses (through the nesting guard when it refuses a
/// page as too deep), one iterative walk
/// builds blocks and collects metadata, <see cref="ContentSelector"/> finds the article, and every block becomes a
/// segment; blocks outside the article are segments removed by the reader, pruned subtrees are reported whole in
/// <see cref="ScrubDocument.RemovedBeforeSegments"/>.
/// </summary>
internal static class HtmlPageReader
{
    public const string StepName = "HtmlReader";

    /// <summary>Pages longer than this are read up to here: news pages are a few megabytes, and memory stays bounded.</summary>
    public const int MaxCharacters = 64 * 1024 * 1024;

    public static ScrubDocument Read(string html)
    {
        html = BinaryContent.CheckText(html);
        var page = Parse(Truncate(html, MaxCharacters));
        return Build(page);
    }

    /// <summary>The page cut to at most <paramref name="max"/> characters, at the end of a tag when one is near.</summary>
    internal static string Truncate(string html, int max)
    {
        if (html.Length <= max)
        {
            return html;
        }

        var end = html.LastIndexOf('>', max - 1, Math.Min(max, 64 * 1024));
        return html[..(end >= 0 ? end + 1 : max)];
    }

    /// <summary>
    /// Parses markup with the reader's HtmlAgilityPack settings. HtmlAgilityPack refuses pages nested deeper than
    /// <see cref="ParserDepthLimit"/> (it closes nodes recursively); those go through <see cref="NestingLimiter"/> first,
    /// so ordinary pages pay nothing for the guard.
    /// </summary>
    /// <exception cref="InvalidDataException">Even the flattened page nests too deeply to be read.</exception>
    public static HtmlDocument ParseDocument(string html)
    {
        var document = NewDocument();
        try
        {
            document.LoadHtml(html);
            return document;
        }
        catch (Exception exception) when (IsNestingError(exception))
        {
            // Too deep: flatten and parse again.
        }

        foreach (var depth in (int[])[NestingLimiter.MaxDepth, NestingLimiter.MaxDepth / 8])
        {
            document = NewDocument();
            try
            {
                document.LoadHtml(NestingLimiter.Limit(html, depth));
                return document;
            }
            catch (Exception exception) when (IsNestingError(exception))
            {
                // HtmlAgilityPack counted deeper than the guard did; try a stricter limit.
            }
        }

        throw new InvalidDataException("The page nests its elements too deeply to be read.");
    }

    /// <summary>HtmlAgilityPack's own depth check throws a plain <see cref="Exception"/>; nothing else it throws is expected here.</summary>
    private static bool IsNestingError(Exception exception) =>
        exception.GetType() == typeof(Exception) && exception.Message.Contains("nested tags", StringComparison.Ordinal);

    /// <summary>The depth at which HtmlAgilityPack stops with an error instead of recursing further.</summary>
    public const int ParserDepthLimit = 256;

    /// <summary>An HtmlAgilityPack document with the reader's settings: no id index, no checksum, no syntax log, a depth limit.</summary>
    public static HtmlDocument NewDocument() => new()
    {
        OptionUseIdAttribute = false,
        OptionCheckSyntax = false,
        OptionComputeChecksum = false,
        OptionAutoCloseOnEnd = false,
        OptionMaxNestedChildNodes = ParserDepthLimit,
    };

    internal static PageWalker Parse(string html) => PageWalker.Walk(ParseDocument(html));

    internal static ScrubDocument Build(PageWalker page) => Build(page, out _);

    /// <summary>Builds the document and hands out the selector's decisions (for the explain tool).</summary>
    internal static ScrubDocument Build(PageWalker page, out ContentSelector selector)
    {
        var metadata = page.Metadata;
        var language = ChooseLanguage(metadata.DeclaredLanguage, page.Blocks);
        selector = new ContentSelector(page, language.Analysis);
        selector.Prepare();
        var titles = TitleSource.Resolve(metadata, page);
        selector.Select(titles.Anchor);

        var document = new ScrubDocument([]) { IsHtml = true };
        document.Language = language.Document;
        document.CanonicalUrl = metadata.CanonicalUrl ?? metadata.OgUrl;
        document.SiteName = metadata.SiteName;
        document.Byline = metadata.MetaAuthor ?? metadata.JsonLdAuthor ?? metadata.RelAuthor;
        document.Published = metadata.JsonLdPublished ?? metadata.MetaPublished ?? metadata.TimeElementPublished;
        AddTags(document, metadata);

        document.Title = titles.Title;
        document.TitleFromMarkup = titles.Title is not null;

        var elements = page.Elements;
        var segments = new List<Segment>(page.Blocks.Count);

        // The standfirst often comes twice (header and an "abstract" box in the body): a repeat of it is not body either.
        var standfirsts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in page.Blocks)
        {
            var owner = elements[block.Owner];
            if (owner.PrunedBy >= 0 && elements[owner.PrunedBy].Signal == TokenSignal.Standfirst)
            {
                standfirsts.Add(block.Text);
            }
        }

        var pruned = new Dictionary<int, (int Index, System.Text.StringBuilder Text)>();
        var captions = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var block = page.Blocks[b];
            var owner = elements[block.Owner];
            if (owner.PrunedBy >= 0)
            {
                Report(document, pruned, elements, owner.PrunedBy, block.Text);
                continue;
            }

            var segment = new Segment(block.Text)
            {
                HardBreakBefore = true,
                BreakBefore = true,
                LinkCharacters = block.LinkCharacters,
                InMainContent = selector.InMain[b],
                IsMarkedHeading = block.Has(ElementFlags.InHeading),
                HeadingLevel = block.HeadingLevel,
                InTable = block.Has(ElementFlags.InTable),
                IsBlockStart = !block.AfterLineBreak,
                Words = block.Words,
                StopwordDensity = block.StopwordDensity,
            };
            if (block.Has(ElementFlags.InHeading))
            {
                segment.Kind = BlockKind.Heading;
            }
            else if (block.Has(ElementFlags.InQuote))
            {
                segment.Kind = BlockKind.Quote;
            }
            else if (block.Has(ElementFlags.InList) && block.Tag is "li")
            {
                segment.Kind = BlockKind.ListItem;
                segment.IsBullet = true;
            }

            if (!segment.InMainContent)
            {
                var category = selector.Teaser[b] ? RemovalCategory.RelatedLink
                    : block.LinkDensity > 0.5 || block.Text.Length < 70 ? RemovalCategory.Navigation : RemovalCategory.LowQuality;
                segment.Remove(category, StepName);
            }
            else if (block.Has(ElementFlags.InFigcaption) || block.Has(ElementFlags.InFigure))
            {
                if (block.Has(ElementFlags.InFigcaption) && captions.Add(block.Text))
                {
                    document.Captions.Add(block.Text);
                }

                segment.Remove(RemovalCategory.Caption, StepName);
            }
            else if (titles.IsTitle(block))
            {
                segment.Remove(RemovalCategory.Title, StepName);
            }
            else if (block.Has(ElementFlags.InTime) && block.Text.Length < 80)
            {
                segment.Remove(RemovalCategory.Timestamp, StepName);
            }
            else if (standfirsts.Contains(block.Text))
            {
                segment.Remove(RemovalCategory.Duplicate, StepName);
            }

            segments.Add(segment);
        }

        // Each pruned subtree is one item, its blocks' texts joined.
        foreach (var (index, text) in pruned.Values)
        {
            document.RemovedBeforeSegments[index] = document.RemovedBeforeSegments[index] with { Text = text.ToString() };
        }

        document.Segments = segments;
        return document;
    }

    private static void Report(ScrubDocument document, Dictionary<int, (int Index, System.Text.StringBuilder Text)> pruned, List<PageElement> elements, int root, string text)
    {
        if (pruned.TryGetValue(root, out var item))
        {
            item.Text.Append(' ').Append(text);
            return;
        }

        pruned[root] = (document.RemovedBeforeSegments.Count, new System.Text.StringBuilder(text));
        document.RemovedBeforeSegments.Add(new RemovedItem(text, CategoryOf(elements[root].Signal), StepName));
    }

    public static RemovalCategory CategoryOf(TokenSignal signal) => signal switch
    {
        TokenSignal.Navigation => RemovalCategory.Navigation,
        TokenSignal.Share => RemovalCategory.ShareFollow,
        TokenSignal.Newsletter => RemovalCategory.Newsletter,
        TokenSignal.Related => RemovalCategory.RelatedLink,
        TokenSignal.Advertisement => RemovalCategory.Advertisement,
        TokenSignal.Cookie => RemovalCategory.CookieNotice,
        TokenSignal.Tags => RemovalCategory.Tags,
        TokenSignal.Byline => RemovalCategory.Byline,
        TokenSignal.Meta => RemovalCategory.Timestamp,
        _ => RemovalCategory.Other,
    };

    private static void AddTags(ScrubDocument document, PageMetadata metadata)
    {
        IEnumerable<string> tags = metadata.MetaTags.Count > 0 ? metadata.MetaTags
            : metadata.JsonLdKeywords.Count > 0 ? metadata.JsonLdKeywords
            : metadata.RelTags;
        var seen = new HashSet<string>(document.Tags, StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
        {
            if (seen.Add(tag))
            {
                document.Tags.Add(tag);
            }
        }
    }

    /// <summary>
    /// The language the statistics use and the one the document reports. The page's declaration is trusted unless
    /// the text clearly reads as another profiled language (templates often keep <c>lang="en"</c>).
    /// </summary>
    private static (string? Analysis, string? Document) ChooseLanguage(string? declared, List<PageBlock> blocks)
    {
        // A few thousand characters of prose decide the language; reading more only costs time.
        var prose = new List<string>();
        var read = 0;
        foreach (var block in blocks)
        {
            if (block.Text.Length >= 60 && block.LinkDensity < 0.5)
            {
                prose.Add(block.Text);
                read += block.Text.Length;
                if (read > 2_000)
                {
                    break;
                }
            }
        }

        var detected = LanguageDetector.Detect(prose);
        var chosen = detected is not null && (declared is null || declared != detected) ? detected : declared ?? detected;
        var reported = declared is not null && detected is null ? declared : chosen;

        // A profile that does not fit the text (Indonesian read as Dutch) would make all prose look like furniture:
        // then the statistics run without stopwords.
        var analysis = Fits(chosen, prose) ? chosen : null;
        return (analysis, Fits(reported, prose) ? reported : declared);
    }

    /// <summary>Long blocks read in <paramref name="language"/> have the stopword density of prose.</summary>
    private static bool Fits(string? language, List<string> prose)
    {
        if (language is null || !LanguageProfiles.Stopwords.TryGetValue(language, out var stopwords))
        {
            return language is not null;
        }

        var lookup = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        var densities = prose.Where(static text => text.Length >= 100).Take(4).Select(text => StopwordStatistics.Of(text, lookup).Density).Order().ToList();
        return densities.Count == 0 || densities[densities.Count / 2] >= 0.12;
    }
}
