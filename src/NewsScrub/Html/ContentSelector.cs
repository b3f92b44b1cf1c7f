using System.Collections.Frozen;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Html;

/// <summary>
/// Finds the article in the page model: scores each block as prose or furniture (length, link density, stopword
/// density), prunes subtrees that class names, tags or hiding mark as furniture (unless that would take a large
/// share of the page's prose), picks the element whose blocks add up to the best score (furniture inside a wrapper
/// counts against it), starts the article at its headline and drops teaser lists inside it.
/// </summary>
internal sealed class ContentSelector
{
    /// <summary>A pruned subtree may not hold more than this share of the page's prose (trafilatura reverts at 6/7).</summary>
    private const double MaxPrunedProseShare = 0.5;

    /// <summary>Prose above the headline is mostly teasers and tickers.</summary>
    private const double BeforeHeadlineWeight = 0.4;

    /// <summary>A block that starts with a long link is a teaser: headline plus blurb.</summary>
    private const double TeaserWeight = 0.5;

    /// <summary>Hidden subtrees, cookie dialogs and comment threads may hold more: they are rarely the article.</summary>
    private const double MaxPrunedHiddenShare = 0.85;

    private readonly List<PageElement> elements;
    private readonly List<PageBlock> blocks;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> stopwords;
    private readonly bool hasProfile;
    private readonly string? articleBody;
    private bool?[]? inArticleBody;
    private bool faithfulArticleBody;

    public ContentSelector(PageWalker page, string? language)
    {
        elements = page.Elements;
        blocks = page.Blocks;
        hasProfile = language is not null && LanguageProfiles.Stopwords.ContainsKey(language);
        stopwords = LanguageProfiles.For(language).GetAlternateLookup<ReadOnlySpan<char>>();
        articleBody = page.Metadata.ArticleBody is { Length: >= 200 } body ? Normalize(body) : null;
    }

    /// <summary>The chosen container (0, the document, when nothing scores better).</summary>
    public int Container { get; private set; } = -1;

    /// <summary>For each block: is it in the main content.</summary>
    public bool[] InMain { get; private set; } = [];

    /// <summary>For each block: it sits in a list of teasers for other articles inside the container.</summary>
    public bool[] Teaser { get; private set; } = [];

    /// <summary>Measures the blocks and prunes furniture subtrees.</summary>
    public void Prepare()
    {
        MatchArticleBody();
        for (var b = 0; b < blocks.Count; b++)
        {
            Measure(blocks[b], inArticleBody is null ? null : inArticleBody[b]);
        }

        Aggregate();
        Prune();
    }

    /// <summary>Picks the container; prose before the headline (<paramref name="anchor"/>, a block index or -1) counts less.</summary>
    public void Select(int anchor)
    {
        if (anchor > 0)
        {
            for (var b = 0; b < anchor; b++)
            {
                if (blocks[b].Value > 0)
                {
                    blocks[b].Value *= BeforeHeadlineWeight;
                }
            }
        }

        SelectContainer();

        DropTeaserLists();

        // Inside the container, the article starts at its headline: what comes before is tickers and teasers.
        if (anchor > 0 && InMain[anchor])
        {
            for (var b = 0; b < anchor; b++)
            {
                InMain[b] = false;
            }
        }
    }

    /// <summary>
    /// Which blocks the JSON-LD <c>articleBody</c> contains. When they cover most of it, it is a faithful copy of the
    /// article and prose outside it is furniture; a short or different articleBody only nudges the scores.
    /// </summary>
    private void MatchArticleBody()
    {
        if (articleBody is null)
        {
            return;
        }

        inArticleBody = new bool?[blocks.Count];
        var matched = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Text.Length < 40 || block.LinkDensity > 0.5)
            {
                continue;
            }

            var normal = Normalize(block.Text);
            var found = articleBody.Contains(normal, StringComparison.Ordinal);
            inArticleBody[b] = found;
            matched += found ? normal.Length : 0;
        }

        faithfulArticleBody = matched >= articleBody.Length * 0.6 && articleBody.Length >= 500;
        if (!faithfulArticleBody)
        {
            return;
        }

        // Paragraphs beside matched ones belong to the same text even when the copy left them out.
        var parents = new HashSet<int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (inArticleBody[b] == true)
            {
                parents.Add(elements[blocks[b].Owner].Parent);
                parents.Add(blocks[b].Owner);
            }
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            if (inArticleBody[b] == false && (parents.Contains(blocks[b].Owner) || parents.Contains(elements[blocks[b].Owner].Parent)))
            {
                inArticleBody[b] = null;
            }
        }
    }

    private void Measure(PageBlock block, bool? inBody)
    {
        var length = block.Text.Length;
        var nonLink = length - block.LinkCharacters;

        // Words are only counted where they can decide something: short or link-only blocks are never prose.
        var statistics = nonLink >= 30 ? StopwordStatistics.Of(block.Text, stopwords) : default;
        block.Words = statistics.Words;
        block.StopwordDensity = statistics.Density;
        var linkDensity = block.LinkDensity;
        var sentence = TextShape.EndsSentence(block.Text) || block.Text.Contains(". ", StringComparison.Ordinal);
        var wordy = hasProfile ? statistics.Density >= 0.15 && statistics.Words >= 6 : sentence || nonLink >= 60;

        // Long sentences keep their inline links; short linked lines are menus and teasers.
        var maxLinkDensity = nonLink >= 100 && sentence ? 0.6 : 0.35;
        block.IsProse = linkDensity < maxLinkDensity && nonLink >= 30 && wordy && !block.Has(ElementFlags.InHeading);

        if (block.Has(ElementFlags.InHeading))
        {
            block.Value = 0;
        }
        else if (block.IsProse)
        {
            var weight = sentence ? 1.0 : 0.6;
            if (inBody is bool found)
            {
                weight *= found ? 2 : faithfulArticleBody ? -0.5 : 0.5;
            }

            if (block.LeadingLinkCharacters >= 15 && block.LeadingLinkCharacters * 5 >= length)
            {
                weight *= TeaserWeight;
            }

            block.Value = (nonLink * weight) - (block.LinkCharacters * 0.5);
        }
        else if (linkDensity > 0.5)
        {
            block.Value = -block.LinkCharacters * 0.75;
        }
        else
        {
            block.Value = (-Math.Min(length, 40) * 0.25) - (block.LinkCharacters * 0.5);
        }
    }

    /// <summary>Sums block figures into their elements and all ancestors (one pass, children after parents in the list).</summary>
    private void Aggregate()
    {
        foreach (var element in elements)
        {
            element.Characters = 0;
            element.LinkCharacters = 0;
            element.ProseCharacters = 0;
            element.Score = 0;
            element.Paragraphs = 0;
            element.Blocks = 0;
            element.LinkBlocks = 0;
        }

        foreach (var block in blocks)
        {
            var owner = elements[block.Owner];
            owner.Characters += block.Text.Length;
            owner.LinkCharacters += block.LinkCharacters;
            owner.ProseCharacters += block.IsProse ? block.Text.Length - block.LinkCharacters : 0;
            owner.Score += block.Value;
            owner.Paragraphs += block.IsProse ? 1 : 0;
            owner.Blocks++;
            owner.LinkBlocks += block.LinkDensity > 0.7 ? 1 : 0;
        }

        for (var i = elements.Count - 1; i > 0; i--)
        {
            var element = elements[i];
            var parent = elements[element.Parent];
            parent.Characters += element.Characters;
            parent.LinkCharacters += element.LinkCharacters;
            parent.ProseCharacters += element.ProseCharacters;
            parent.Score += element.Score;
            parent.Paragraphs += element.Paragraphs;
            parent.Blocks += element.Blocks;
            parent.LinkBlocks += element.LinkBlocks;
        }
    }

    /// <summary>Marks furniture subtrees, top-down, unless a subtree holds too much of the page's prose.</summary>
    private void Prune()
    {
        var total = Math.Max(1, elements[0].ProseCharacters);
        for (var i = 1; i < elements.Count; i++)
        {
            var element = elements[i];
            var parentPruned = elements[element.Parent].PrunedBy;
            if (parentPruned >= 0)
            {
                element.PrunedBy = parentPruned;
                continue;
            }

            var share = element.Signal is TokenSignal.Hidden or TokenSignal.Cookie or TokenSignal.Comments ? MaxPrunedHiddenShare : MaxPrunedProseShare;
            if (IsNegative(element.Signal) && element.ProseCharacters <= total * share
                && !element.Has(ElementFlags.ArticleBody))
            {
                element.PrunedBy = i;
            }
        }
    }

    public static bool IsNegative(TokenSignal signal) => signal is not (TokenSignal.None or TokenSignal.Positive or TokenSignal.Caption);

    private void SelectContainer()
    {
        // Scores without the pruned subtrees.
        var score = new double[elements.Count];
        foreach (var block in blocks)
        {
            // Pruned furniture still says that a container holding it is too wide.
            score[block.Owner] += elements[block.Owner].PrunedBy < 0 ? block.Value : Math.Min(0, block.Value);
        }

        for (var i = elements.Count - 1; i > 0; i--)
        {
            score[elements[i].Parent] += score[i];
        }

        var best = 0;
        var bestScore = double.MinValue;
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if (element.PrunedBy >= 0 || element.Has(ElementFlags.NoText))
            {
                continue;
            }

            var value = score[i] * Boost(element);
            if (value > bestScore)
            {
                best = i;
                bestScore = value;
            }
        }

        Container = best;
        var container = elements[best];
        InMain = new bool[blocks.Count];
        Teaser = new bool[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var owner = blocks[b].Owner;
            InMain[b] = owner >= best && owner <= container.LastDescendant && elements[owner].PrunedBy < 0;
        }
    }

    /// <summary>
    /// Inside the container, a region of repeated cards (a headline link with a short blurb, three times or more) is
    /// a list of other articles even when its blurbs read like prose.
    /// </summary>
    private void DropTeaserLists()
    {
        var container = elements[Container];
        var total = Math.Max(1, container.ProseCharacters);
        bool[]? teaser = null;
        for (var i = Container + 1; i <= container.LastDescendant; i++)
        {
            var element = elements[i];
            if (element.LinkBlocks >= 3 && element.LinkBlocks * 5 >= element.Blocks * 2 && element.ProseCharacters * 3 < total
                && element.ProseCharacters <= element.LinkBlocks * 150)
            {
                // Regions found this way do not overlap (their descendants are skipped), so marking is linear.
                teaser ??= new bool[elements.Count];
                Array.Fill(teaser, true, i, element.LastDescendant - i + 1);
                i = element.LastDescendant;
            }
        }

        if (teaser is null)
        {
            return;
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            if (teaser[blocks[b].Owner])
            {
                InMain[b] = false;
                Teaser[b] = true;
            }
        }
    }

    private static double Boost(PageElement element)
    {
        if (element.Has(ElementFlags.ArticleBody))
        {
            return 1.3;
        }

        return 1.0;
    }

    private static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
