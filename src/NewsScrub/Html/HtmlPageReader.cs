using HtmlAgilityPack;
using NewsScrub.Internal;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Html;

/// <summary>
/// Reads an HTML page into the document model: HtmlAgilityPack parses (through the nesting guard when it refuses a
/// page as too deep), one iterative walk builds the element structure, the blocks of text and the metadata, and every
/// block becomes a segment with its evidence. Which blocks are the article is the content-selection step's decision.
/// </summary>
internal static class HtmlPageReader
{
    /// <summary>Pages longer than this are read up to here: news pages are a few megabytes, and memory stays bounded.</summary>
    public const int MaxCharacters = 64 * 1024 * 1024;

    /// <summary>A page with fewer words of visible prose than this may hold its body elsewhere: in templates or JSON-LD.</summary>
    internal const int MinVisibleProseWords = 80;

    public static ScrubDocument Read(string html) => Read(html, dropUnread: true);

    /// <summary>
    /// <see cref="Read(string)"/>, optionally with all the markup the walk never reads left in the page for the parser
    /// but script and style code (every attribute, whitespace, comment and skipped element's content; the benchmarks'
    /// <c>--attributes</c> measures what dropping it saves; the document is the same either way).
    /// </summary>
    internal static ScrubDocument Read(string html, bool dropUnread)
    {
        // Script and style code is never read, and is most of what the parser would otherwise go through; nor are
        // comments, most attributes, the whitespace around blocks, or what the walk skips.
        return Build(ReadPage(Truncate(BinaryContent.CheckText(html), MaxCharacters), dropUnread, markAnchors: dropUnread));
    }

    private static PageWalker ReadPage(string source, bool dropUnread, bool markAnchors)
    {
        var html = ScriptStripper.Strip(source, dropUnread, markAnchors, out var marked);
        var page = Parse(html, marked);
        if (page.Templates.Count > 0 && VisibleProseWords(page) < MinVisibleProseWords)
        {
            // The body is markup the page's scripts would show: read the page as they would show it, the templates'
            // anchors marked as the rest of the page's are (and none, where a template's cannot be).
            if (ShowTemplates(html, page.Templates, marked) is not { } shown)
            {
                return ReadPage(source, dropUnread, markAnchors: false);
            }

            page = Parse(shown, marked);
        }

        return page;
    }

    /// <summary>
    /// The page with each template script replaced by a marked <c>div</c> holding its markup, its anchors marked when
    /// <paramref name="markAnchors"/>; null when a template's anchors cannot be marked.
    /// </summary>
    private static string? ShowTemplates(string html, IReadOnlyList<(int Start, int Length, int InnerStart, int InnerLength)> templates, bool markAnchors)
    {
        var builder = new System.Text.StringBuilder(html.Length + (templates.Count * 48));
        var at = 0;
        foreach (var (start, length, innerStart, innerLength) in templates.OrderBy(static t => t.Start))
        {
            if (start < at || start + length > html.Length || innerStart < start || innerStart + innerLength > start + length)
            {
                continue;
            }

            builder.Append(html, at, start - at).Append("<div ").Append(PageWalker.TemplateMarker).Append('>');
            var inner = html.Substring(innerStart, innerLength);
            if (markAnchors)
            {
                inner = ScriptStripper.Strip(inner, dropUnread: false, markAnchors: true, out var marked);
                if (!marked)
                {
                    return null;
                }
            }

            builder.Append(inner).Append("</div>");
            at = start + length;
        }

        return builder.Append(html, at, html.Length - at).ToString();
    }

    /// <summary>Words in the blocks that read as prose: long enough, mostly not links.</summary>
    private static int VisibleProseWords(PageWalker page)
    {
        var words = 0;
        foreach (var block in page.Blocks)
        {
            if (block.Text.Length >= 60 && block.LinkDensity < 0.5)
            {
                words += WordScanner.CountWords(block.Text);
                if (words >= MinVisibleProseWords)
                {
                    break;
                }
            }
        }

        return words;
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

    /// <summary>Parses and walks a page; <paramref name="anchorsMarked"/> when <see cref="ScriptStripper"/> marked its anchors.</summary>
    internal static PageWalker Parse(string html, bool anchorsMarked) => PageWalker.Walk(ParseDocument(html), anchorsMarked);

    /// <summary>
    /// Builds the document: one segment per block of text, with the evidence the steps decide on (where the block
    /// sits in the page's structure, its links, whether it repeats the headline), and the page's metadata.
    /// Nothing is decided here.
    /// </summary>
    internal static ScrubDocument Build(PageWalker page)
    {
        var metadata = page.Metadata;
        var language = ChooseLanguage(metadata.DeclaredLanguage, page.Blocks);
        var titles = TitleSource.Resolve(metadata, page);

        var document = new ScrubDocument(new List<Segment>(page.Blocks.Count), page.Elements)
        {
            Language = language,
            CanonicalUrl = metadata.CanonicalUrl ?? metadata.OgUrl,
            SiteName = metadata.SiteName,
            Byline = metadata.MetaAuthor ?? metadata.JsonLdAuthor ?? metadata.RelAuthor,
            Published = metadata.JsonLdPublished ?? metadata.MetaPublished ?? metadata.TimeElementPublished,
            Title = titles.Title,
            TitleResolved = true,
            Hints = metadata.Hints | (metadata.IsDiscussion ? PageHints.Discussion : PageHints.None),
            StructuredBody = metadata.ArticleBody,
        };
        AddTags(document, metadata);

        var segments = document.Segments;
        foreach (var block in page.Blocks)
        {
            var segment = new Segment(block.Text)
            {
                HardBreakBefore = true,
                BreakBefore = true,
                LinkCharacters = block.LinkCharacters,
                LeadingLinkCharacters = block.LeadingLinkCharacters,
                Owner = block.Owner,
                Tag = block.Tag,
                Flags = block.Flags,
                IsMarkedHeading = block.Has(ElementFlags.InHeading),
                HeadingLevel = block.HeadingLevel,
                IsBlockStart = !block.AfterLineBreak,
                RepeatsTitle = titles.IsTitle(block),
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

            segments.Add(segment);
        }

        AddStructuredBody(document, page, metadata);
        return document;
    }

    /// <summary>
    /// A page whose visible prose is thin but whose JSON-LD carries an <c>articleBody</c> (pages that draw their text with
    /// scripts): the body's paragraphs become segments marked as coming from structured data, for the content step to
    /// weigh against what the page shows.
    /// </summary>
    private static void AddStructuredBody(ScrubDocument document, PageWalker page, PageMetadata metadata)
    {
        if (metadata.ArticleBody is not { Length: >= 200 } body || VisibleProseWords(page) >= MinVisibleProseWords)
        {
            return;
        }

        foreach (var paragraph in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = TextNormalizer.CollapseWhitespace(paragraph);
            if (text.Length > 0)
            {
                document.Segments.Add(new Segment(text) { HardBreakBefore = true, BreakBefore = true, FromStructuredData = true, Tag = "p" });
            }
        }
    }

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
    /// The language the document reports. The page's declaration is trusted unless the text clearly reads as another
    /// profiled language (templates often keep <c>lang="en"</c>); a profile that does not fit the text at all (Indonesian
    /// read as Dutch) is not reported, so the statistics run without stopwords.
    /// </summary>
    private static string? ChooseLanguage(string? declared, List<PageBlock> blocks)
    {
        // A thousand characters of prose decide the language (paragraphs of 200 are already certain); more only costs time.
        var prose = new List<string>();
        var read = 0;
        foreach (var block in blocks)
        {
            if (block.Text.Length >= 60 && block.LinkDensity < 0.5)
            {
                prose.Add(block.Text);
                read += block.Text.Length;
                if (read > 1_000)
                {
                    break;
                }
            }
        }

        var reported = LanguageDetector.Detect(prose) ?? declared;
        return Fits(reported, prose) ? reported : declared;
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
