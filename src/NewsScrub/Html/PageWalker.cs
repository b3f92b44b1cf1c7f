using System.Buffers;
using System.Text;
using HtmlAgilityPack;
using NewsScrub.Internal;
using NewsScrub.Text;

namespace NewsScrub.Html;

/// <summary>
/// Walks the HtmlAgilityPack tree once, iteratively (no recursion, so nesting depth cannot overflow the stack),
/// and turns it into the reader's compact model: elements in document order, blocks of text with their link
/// characters, and the page's metadata.
/// </summary>
internal sealed class PageWalker
{
    /// <summary>Characters that are not copied as they are: whitespace of any kind, line breaks, controls, invisible ones.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(BuildSpecial());

    private readonly List<DocumentElement> elements = new(1024);
    private readonly List<PageBlock> blocks = new(256);
    private readonly PageMetadata metadata = new();
    private readonly StringBuilder text = new(1024);
    private readonly List<int> open = new(64);
    /// <summary>The class lists read so far, each once: pages repeat them (menu items, cards) many times.</summary>
    private readonly Dictionary<string, ClassList> classLists = new(256, StringComparer.Ordinal);
    private readonly List<(int Start, int Length, int InnerStart, int InnerLength)> templates = [];
    private int linkCharacters;
    private int leadingLinkCharacters;
    private int captionCharacters;
    private int timeCharacters;
    private int strongCharacters;
    private bool pendingSpace;
    private bool afterLineBreak;
    private bool headClosed;
    private bool anchorsMarked;

    public List<DocumentElement> Elements => elements;

    public List<PageBlock> Blocks => blocks;

    public PageMetadata Metadata => metadata;

    /// <summary>Where in the source the page keeps markup in template scripts (<c>type="text/template"</c>), to be shown by its scripts.</summary>
    public IReadOnlyList<(int Start, int Length, int InnerStart, int InnerLength)> Templates => templates;

    /// <summary>Whether the page has a frameset instead of a body.</summary>
    public bool HasFrameset { get; private set; }

    private static string BuildSpecial()
    {
        var builder = new StringBuilder();
        for (var c = '\0'; c < '\uFFFF'; c++)
        {
            if (TextNormalizer.IsSpace(c) || TextNormalizer.IsInvisible(c) || char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The attribute <see cref="HtmlPageReader"/> marks template contents with when it shows them.</summary>
    public const string TemplateMarker = "data-newsscrub-template";

    /// <summary>
    /// The attribute <see cref="ScriptStripper"/> gives an anchor without an <c>href</c> when it takes every link's
    /// <c>href</c> out: on a page so marked, an anchor is a link unless it has this.
    /// </summary>
    public const string UnlinkedMarker = "data-newsscrub-unlinked";

    /// <summary>Walks a parsed page; <paramref name="anchorsMarked"/> when the reader took the hrefs out (<see cref="UnlinkedMarker"/>).</summary>
    public static PageWalker Walk(HtmlDocument document, bool anchorsMarked)
    {
        var walker = new PageWalker { anchorsMarked = anchorsMarked };
        walker.Run(document.DocumentNode);
        return walker;
    }

    private void Run(HtmlNode root)
    {
        elements.Add(DocumentElement.Root());
        open.Add(0);
        var stack = new Stack<HtmlNode>(64);
        var current = root.FirstChild;
        while (true)
        {
            if (current is not null)
            {
                if (Enter(current))
                {
                    stack.Push(current);
                    current = current.FirstChild;
                    continue;
                }

                current = current.NextSibling;
                continue;
            }

            if (stack.Count == 0)
            {
                break;
            }

            var done = stack.Pop();
            Leave();
            current = done.NextSibling;
        }

        Flush();
        elements[0].LastDescendant = elements.Count - 1;
    }

    /// <summary>Handles a node on the way down; true when its children are to be walked.</summary>
    private bool Enter(HtmlNode node)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                var parent = elements[open[^1]];
                if (!parent.Has(ElementFlags.NoText) || headClosed)
                {
                    AppendText(TextOf(node), parent);
                }

                return false;
            case HtmlNodeType.Element:
                return EnterElement(node);
            default:
                return false;
        }
    }

    private bool EnterElement(HtmlNode node)
    {
        var tag = node.Name;
        switch (tag)
        {
            case "meta":
                metadata.ReadMeta(Attribute(node, "name"), Attribute(node, "property"), Attribute(node, "http-equiv"), Attribute(node, "content"), Attribute(node, "itemprop"));
                return false;
            case "link":
                metadata.ReadLink(Attribute(node, "rel"), Attribute(node, "href"));
                return false;
            case "title":
                metadata.TitleElement ??= PageMetadata.Clean(InnerText(node));
                return false;
            case "script":
                if (Attribute(node, "type") is { } type)
                {
                    if (type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        // Script content is raw text: JSON-LD is not entity-encoded, and is read from the source in place.
                        metadata.ReadJsonLd(InnerSource(node));
                    }
                    else if (IsTemplateType(type) && node.InnerLength > 0)
                    {
                        templates.Add((node.OuterStartIndex, node.OuterLength, node.InnerStartIndex, node.InnerLength));
                    }
                }

                return false;
            case "html":
                metadata.DeclaredLanguage ??= PageMetadata.NormalizeLanguage(Attribute(node, "lang") ?? Attribute(node, "xml:lang"));
                break;
            case "br":
                BreakLine();
                return false;
            case "hr":
                Flush();
                return false;
            case "frameset":
                HasFrameset = true;
                break;
        }

        var kind = TagNames.KindOf(tag);
        if ((kind & TagKind.Skipped) != 0)
        {
            // Scripts, media, form controls: no article text (image alt text is not read either).
            return false;
        }

        var parentIndex = open[^1];
        var parent = elements[parentIndex];
        var isBlock = (kind & TagKind.Block) != 0;
        if (isBlock)
        {
            Flush();
        }

        var flags = parent.Flags & ~(ElementFlags.Semantic | ElementFlags.ArticleBody | ElementFlags.Block);
        if ((flags & ElementFlags.NoText) != 0 && (headClosed || !IsHeadContent(tag)))
        {
            // A page whose head never ends (no </head>, no <body>, or a stray end tag the parser took for more head):
            // the first element that cannot be in a head starts the body, as a browser's parser decides.
            flags &= ~ElementFlags.NoText;
            headClosed = true;
        }

        var headingLevel = parent.HeadingLevel;
        var signal = TokenSignal.None;
        // The attributes of html and body are not read, as before: their classes and ids would tint every element.
        var readsAttributes = node.HasAttributes && tag is not ("html" or "body");
        var attributes = readsAttributes ? ElementAttributes.Read(node) : default;
        switch (tag)
        {
            case "head":
                flags |= ElementFlags.NoText;
                break;
            case "a":
                if (anchorsMarked ? !attributes.IsUnlinked : attributes.HasHref)
                {
                    flags |= ElementFlags.InLink;
                    if (attributes.Rel is { } rel)
                    {
                        ReadRelation(node, rel);
                    }
                }

                break;
            case "li" or "dd" or "dt":
                flags |= ElementFlags.InList;
                break;
            case "blockquote":
                flags |= ElementFlags.InQuote;
                break;
            case "table":
                flags |= ElementFlags.InTable;
                break;
            case "pre" or "listing":
                flags |= ElementFlags.InPre;
                break;
            case "code" or "kbd" or "samp":
                flags |= ElementFlags.InCode;
                break;
            case "strong" or "b":
                flags |= ElementFlags.InStrong;
                break;
            case "figure":
                flags |= ElementFlags.InFigure;
                break;
            case "figcaption":
                flags |= ElementFlags.InFigcaption;
                break;
            case "address":
                flags |= ElementFlags.InAddress;
                break;
            case "details":
                flags |= ElementFlags.InDetails;
                break;
            case "header":
                flags |= ElementFlags.InHeader;
                break;
            case "article" or "main":
                flags |= ElementFlags.Semantic;
                break;
            case "nav" or "menu":
                flags |= ElementFlags.InNav;
                signal = TokenSignal.Navigation;
                break;
            case "aside":
                flags |= ElementFlags.InAside;
                signal = TokenSignal.Related;
                break;
            case "footer":
                flags |= ElementFlags.InFooter;
                signal = TokenSignal.Navigation;
                break;
            case "form":
                flags |= ElementFlags.InForm;
                break;
            case "button":
                flags |= ElementFlags.InButton;
                break;
            case "noscript":
                flags |= ElementFlags.InNoscript;
                break;
            case "div" when attributes.IsTemplate:
                flags |= ElementFlags.InTemplate;
                break;
            case "time":
                flags |= ElementFlags.InTime;
                if (metadata.TimeElementPublished is null && attributes.Datetime is { } datetime)
                {
                    metadata.TimeElementPublished = PageMetadata.ParseDate(datetime);
                }

                break;
        }

        if ((kind & TagKind.Heading) != 0)
        {
            flags |= ElementFlags.InHeading;
            headingLevel = tag[1] - '0';
        }

        if (isBlock)
        {
            flags |= ElementFlags.Block;
        }

        var classList = attributes.Classes is { } classes ? ReadClassList(classes) : default;
        if (readsAttributes)
        {
            signal = ApplyAttributes(node, attributes, classList.Signal, signal, ref flags);
        }

        if ((flags & ElementFlags.Semantic) != 0)
        {
            flags |= ElementFlags.InSemantic;
        }

        if ((flags & ElementFlags.ArticleBody) != 0)
        {
            flags |= ElementFlags.InArticleBody;
        }

        var index = elements.Count;
        elements.Add(new DocumentElement
        {
            Tag = tag,
            Parent = parentIndex,
            Depth = parent.Depth + 1,
            Flags = flags,
            Signal = signal,
            Signals = parent.Signals | (signal == TokenSignal.None ? 0 : 1 << (int)signal),
            NearestFurniture = DocumentElement.IsFurniture(signal) ? index : parent.NearestFurniture,
            Hints = parent.Hints | classList.Hints | (attributes.Id is null ? NameHints.None : NameHintReader.Scan(attributes.Id)),
            HeadingLevel = headingLevel,
            Classes = classList.Classes,
            Id = attributes.Id,
        });
        open.Add(index);
        return true;
    }

    private void Leave()
    {
        var index = open[^1];
        var element = elements[index];
        if (element.Has(ElementFlags.Block))
        {
            Flush();
        }

        element.LastDescendant = elements.Count - 1;
        open.RemoveAt(open.Count - 1);
    }

    /// <summary>
    /// A class list as read: the page's first instance of it (so equal lists are one string, which later steps can key
    /// by reference), its signal without the id, and its name hints.
    /// </summary>
    private readonly record struct ClassList(string? Classes, TokenSignal Signal, NameHints Hints);

    private ClassList ReadClassList(string classes)
    {
        if (classLists.TryGetValue(classes, out var known))
        {
            return known;
        }

        var read = new ClassList(classes, ClassTokens.OfClasses(classes), NameHintReader.Scan(classes));
        if (classLists.Count < 4096)
        {
            classLists[classes] = read;
        }

        return read;
    }

    private TokenSignal ApplyAttributes(HtmlNode node, in ElementAttributes attributes, TokenSignal classSignal, TokenSignal signal, ref ElementFlags flags)
    {
        var (classes, id, role, style, itemprop) = (attributes.Classes, attributes.Id, attributes.Role, attributes.Style, attributes.Itemprop);
        var hidden = attributes.IsHidden;
        if (itemprop is not null)
        {
            ReadItemprop(node, itemprop, ref flags);
        }

        if (hidden || (style is not null && IsHiddenStyle(style)))
        {
            return TokenSignal.Hidden;
        }

        if (role is not null)
        {
            var roleSignal = ClassTokens.ClassifyRole(role);
            if (roleSignal == TokenSignal.Positive)
            {
                flags |= ElementFlags.Semantic;
            }
            else if (roleSignal != TokenSignal.None)
            {
                signal = roleSignal;
            }
        }

        if (classes is null && id is null)
        {
            return signal;
        }

        var tokens = ClassTokens.WithId(classSignal, id);
        if (tokens is TokenSignal.None)
        {
            return signal;
        }

        if (tokens == TokenSignal.Positive)
        {
            return signal == TokenSignal.None ? TokenSignal.Positive : signal;
        }

        if (tokens == TokenSignal.Caption)
        {
            flags |= ElementFlags.InFigcaption;
            return signal;
        }

        return signal == TokenSignal.None || signal == TokenSignal.Positive ? tokens : signal;
    }

    private void ReadItemprop(HtmlNode node, string itemprop, ref ElementFlags flags)
    {
        foreach (var range in itemprop.AsSpan().Split(' '))
        {
            var property = itemprop.AsSpan()[range];
            if (property.Equals("articleBody", StringComparison.OrdinalIgnoreCase) || property.Equals("reviewBody", StringComparison.OrdinalIgnoreCase))
            {
                flags |= ElementFlags.ArticleBody;
            }
            else if (property.Equals("datePublished", StringComparison.OrdinalIgnoreCase))
            {
                metadata.MetaPublished ??= PageMetadata.ParseDate(Attribute(node, "content") ?? Attribute(node, "datetime"));
            }
            else if (property.Equals("headline", StringComparison.OrdinalIgnoreCase) && node.Name != "meta")
            {
                metadata.JsonLdHeadline ??= PageMetadata.Clean(InnerText(node));
            }
        }
    }

    private void ReadRelation(HtmlNode node, string rel)
    {
        if (rel.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            metadata.RelAuthor ??= PageMetadata.Clean(InnerText(node));
        }
        else if (rel.Contains("tag", StringComparison.OrdinalIgnoreCase) && PageMetadata.Clean(InnerText(node)) is { Length: <= 60 } tag && !metadata.RelTags.Contains(tag))
        {
            metadata.RelTags.Add(tag);
        }
    }

    /// <summary>
    /// The attributes the walk reads on an element (<see cref="ElementAttributes"/>, <see cref="ReadItemprop"/>); the
    /// reader drops all others before the parse (<see cref="ScriptStripper"/>), except on <c>meta</c>, <c>link</c>,
    /// <c>html</c>, <c>base</c> and scripts, which keep every attribute.
    /// </summary>
    internal static readonly string[] ReadAttributeNames =
        ["class", "id", "role", "style", "itemprop", "href", "rel", "datetime", "hidden", "aria-hidden", "content", TemplateMarker, UnlinkedMarker];

    /// <summary>Of <see cref="ReadAttributeNames"/>, those whose value the walk never reads, only whether the element has them.</summary>
    internal static readonly string[] PresenceOnlyAttributeNames = ["href", "hidden"];

    /// <summary>The attributes the walk reads, taken in one pass over the element's attributes.</summary>
    private struct ElementAttributes
    {
        public string? Classes;
        public string? Id;
        public string? Role;
        public string? Style;
        public string? Itemprop;
        public string? Rel;
        public string? Datetime;
        public bool HasHref;
        public bool IsHidden;
        public bool IsTemplate;
        public bool IsUnlinked;

        public static ElementAttributes Read(HtmlNode node)
        {
            var result = default(ElementAttributes);
            var attributes = node.Attributes;
            for (var a = 0; a < attributes.Count; a++)
            {
                var attribute = attributes[a];

                // The name as written: HtmlAgilityPack's Name lower-cases it on every call; names are nearly always
                // lower-case already, and the rest are lowered here.
                var name = attribute.OriginalName ?? attribute.Name;
                if (!result.Take(name, attribute) && name.AsSpan().ContainsAnyInRange('A', 'Z'))
                {
                    result.Take(name.ToLowerInvariant(), attribute);
                }
            }

            return result;
        }

        private bool Take(string name, HtmlAttribute attribute)
        {
            // Every name read here is in ReadAttributeNames: the reader drops all others before the parse.
            switch (name)
            {
                case "class":
                    Classes = attribute.Value;
                    return true;
                case "id":
                    Id = attribute.Value;
                    return true;
                case "role":
                    Role = attribute.Value;
                    return true;
                case "style":
                    Style = attribute.Value;
                    return true;
                case "itemprop":
                    Itemprop = attribute.Value;
                    return true;
                case "href":
                    HasHref = true;
                    return true;
                case "rel":
                    Rel = attribute.Value;
                    return true;
                case "datetime":
                    Datetime = attribute.Value;
                    return true;
                case "hidden":
                    IsHidden = true;
                    return true;
                case "aria-hidden":
                    IsHidden |= string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase);
                    return true;
                case TemplateMarker:
                    IsTemplate = true;
                    return true;
                case UnlinkedMarker:
                    IsUnlinked = true;
                    return true;
                default:
                    return false;
            }
        }
    }

    private static bool IsHiddenStyle(string style)
    {
        if (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool IsTemplateType(string type) =>
        type.Contains("template", StringComparison.OrdinalIgnoreCase) || type.Equals("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Elements a head may hold; any other element ends it.</summary>
    private static bool IsHeadContent(string tag) => tag is "head" or "title" or "meta" or "link" or "style" or "script" or "base" or "noscript" or "template";

    private static string? Attribute(HtmlNode node, string name) => node.HasAttributes ? node.Attributes[name]?.Value : null;

    private void AppendText(ReadOnlySpan<char> raw, DocumentElement parent)
    {
        var value = raw.Contains('&') ? EntityDecoder.Decode(raw.ToString()).AsSpan() : raw;
        var inLink = parent.Has(ElementFlags.InLink);
        var inPre = parent.Has(ElementFlags.InPre);
        var inCaption = parent.Has(ElementFlags.InFigcaption);
        var inTime = parent.Has(ElementFlags.InTime);
        var inStrong = parent.Has(ElementFlags.InStrong) || parent.Has(ElementFlags.InHeading);
        while (!value.IsEmpty)
        {
            // Plain runs go in one copy; only whitespace, controls and invisible characters need a look each.
            var special = value.IndexOfAny(Special);
            var run = special < 0 ? value : value[..special];
            if (!run.IsEmpty)
            {
                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                    if (inLink)
                    {
                        linkCharacters++;
                    }
                }

                if (inLink && linkCharacters == text.Length)
                {
                    leadingLinkCharacters = text.Length + run.Length;
                }

                text.Append(run);
                if (inLink)
                {
                    linkCharacters += run.Length;
                }

                if (inCaption)
                {
                    captionCharacters += run.Length;
                }

                if (inTime)
                {
                    timeCharacters += run.Length;
                }

                if (inStrong)
                {
                    strongCharacters += run.Length;
                }
            }

            if (special < 0)
            {
                break;
            }

            var c = value[special];
            if (c is '\n' or '\r' && inPre)
            {
                if (c == '\n')
                {
                    BreakLine();
                }

                value = value[(special + 1)..];
                continue;
            }

            if (IsCollapsed(c))
            {
                // A whole run of whitespace (indentation between tags, mostly) becomes one pending space in one step.
                var end = special + 1;
                while (end < value.Length && IsCollapsed(value[end]) && !(inPre && value[end] is '\n' or '\r'))
                {
                    end++;
                }

                pendingSpace = text.Length > 0;
                value = value[end..];
                continue;
            }

            // Invisible and control characters are dropped.
            value = value[(special + 1)..];
        }
    }

    /// <summary>
    /// An element's text as HtmlAgilityPack's <c>InnerText</c> reads it (its text nodes as written, without comments,
    /// scripts and styles), with a space where a block element starts, and without the content of elements the walk
    /// skips: the reader drops the whitespace before block start tags and the content of svg, select and media elements
    /// (<see cref="ScriptStripper"/>), and words on either side of a block boundary stay apart.
    /// </summary>
    internal static string InnerText(HtmlNode element)
    {
        var builder = new StringBuilder();
        var stack = new Stack<HtmlNode>();
        for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                builder.Append(((HtmlTextNode)node).Text);
                continue;
            }

            if (node.NodeType != HtmlNodeType.Element || TagNames.IsSkipped(node.Name))
            {
                // Comments, and what the walk skips: scripts and styles (HtmlAgilityPack's InnerText leaves those out
                // too), and the content of svg, select and media elements, which the reader may take out before the parse.
                continue;
            }

            if (TagNames.IsBlock(node.Name))
            {
                builder.Append(' ');
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        return builder.ToString();
    }

    /// <summary>The source between an element's tags, without copying it.</summary>
    private static ReadOnlyMemory<char> InnerSource(HtmlNode node)
    {
        var source = node.OwnerDocument.Text;
        var start = node.InnerStartIndex;
        var length = node.InnerLength;
        return source is not null && start >= 0 && length >= 0 && start + length <= source.Length
            ? source.AsMemory(start, length)
            : node.InnerHtml.AsMemory();
    }

    private static bool IsCollapsed(char c) => TextNormalizer.IsSpace(c) || c is '\n' or '\r';

    /// <summary>
    /// The raw text of a text node, read from the source without copying it. Its outer range, as HtmlAgilityPack gives
    /// the text inside raw-text elements (<c>noxhtml</c>) an inner start of 0.
    /// </summary>
    private static ReadOnlySpan<char> TextOf(HtmlNode node)
    {
        var source = node.OwnerDocument.Text;
        var start = node.OuterStartIndex;
        var length = node.OuterLength;
        return source is not null && start >= 0 && length >= 0 && start + length <= source.Length
            ? source.AsSpan(start, length)
            : ((HtmlTextNode)node).Text.AsSpan();
    }

    private void BreakLine()
    {
        Flush();
        afterLineBreak = true;
    }

    /// <summary>Ends the current block of inline text (at a block boundary or a line break).</summary>
    private void Flush()
    {
        if (text.Length == 0)
        {
            pendingSpace = false;
            linkCharacters = 0;
            leadingLinkCharacters = 0;
            captionCharacters = 0;
            timeCharacters = 0;
            strongCharacters = 0;
            afterLineBreak = false;
            return;
        }

        // The block belongs to the innermost open block element.
        var ownerIndex = open[0];
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (elements[open[k]].Has(ElementFlags.Block))
            {
                ownerIndex = open[k];
                break;
            }
        }

        var owner = elements[ownerIndex];

        var raw = text.ToString();

        // Text of characters composition never touches is already in NFC; most pages are.
        var value = TextNormalizer.MayNeedComposition(raw) ? TextNormalizer.Nfc(raw) : raw;
        blocks.Add(new PageBlock
        {
            Text = value,
            LinkCharacters = Math.Min(linkCharacters, value.Length),
            LeadingLinkCharacters = Math.Min(leadingLinkCharacters, value.Length),
            Owner = ownerIndex,
            Tag = owner.Tag,
            // An inline caption (span.caption inside the image's div) makes its block a caption.
            Flags = owner.Flags | (captionCharacters * 2 >= value.Length ? ElementFlags.InFigcaption : 0) | (timeCharacters * 2 >= value.Length ? ElementFlags.InTime : 0)
                | (strongCharacters * 5 >= value.Length * 4 ? ElementFlags.Emphasis : 0),
            HeadingLevel = owner.HeadingLevel,
            AfterLineBreak = afterLineBreak,
        });
        text.Clear();
        pendingSpace = false;
        linkCharacters = 0;
        leadingLinkCharacters = 0;
        captionCharacters = 0;
        timeCharacters = 0;
        strongCharacters = 0;
        afterLineBreak = false;
    }
}
