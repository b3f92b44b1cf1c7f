using System.Buffers;
using System.Collections.Frozen;

namespace NewsScrub.Html;

/// <summary>
/// Takes out of a page, before HtmlAgilityPack parses it, the markup the walk never reads. Script and style code comes
/// first: it is most of a news page's characters (60 % of the Zyte DEV pages) and none of its text, and HtmlAgilityPack
/// reads raw text one character at a time. Then, in the same pass, whatever costs the parser a node or characters and
/// changes nothing the walk makes:
/// <list type="bullet">
/// <item>scripts, style sheets and comments whole (with the text nodes they separated, a tenth of the nodes left on
/// the Zyte DEV pages);</item>
/// <item>the attributes the walk never reads (<see cref="PageWalker.ReadAttributeNames"/>: <c>data-*</c>,
/// <c>src</c>, <c>srcset</c>, handlers, paths) and the value of any other element's <c>href</c>, which the walk only
/// looks for (a third of what is left after the code);</item>
/// <item>the whitespace right before or after a block's start tag, where the walk ends a block anyway (a sixth of
/// the nodes), and between the tags of a head no element has ended yet, where the walk reads no text;</item>
/// <item>the content of svg, select and media elements, which the walk skips, when it holds only their own kinds of
/// element (an svg's shapes, a select's options, a picture's sources);</item>
/// <item>void elements the walk skips unread, whole: images, form inputs, media sources, links but the canonical one,
/// and meta tags of names it does not read (together a tenth of what the parser allocates for the Zyte DEV pages);</item>
/// <item>every link's <c>href</c>, the few anchors without one marked instead (<see cref="PageWalker.UnlinkedMarker"/>).</item>
/// </list>
/// </summary>
/// <remarks>
/// The scan follows HtmlAgilityPack's own tokenizer (1.13) wherever it decides what is raw text: a tag starts at a
/// <c>&lt;</c> before a letter, <c>/</c>, <c>!</c>, <c>?</c> or <c>%</c>; comments, <c>&lt;% %&gt;</c> blocks and quoted
/// attribute values hide tags; a <c>&lt;</c> that starts a tag ends an unfinished one; a start tag of script, style,
/// textarea, title or noxhtml makes what follows raw text up to <c>&lt;/name</c> followed by <c>&gt;</c> or a space. Only
/// where both would read a script or a style sheet is its content dropped: scripts whose start tag mentions JSON-LD, a
/// template or HTML are kept, as the walk reads those, and so is an element whose end tag never comes. The element goes
/// with its code when its end tag is plain (<c>&lt;/script&gt;</c>), and a comment when it opens with <c>&lt;!--</c>
/// (not a doctype); either stays (a script emptied) where the text on its two sides would read differently once joined:
/// right after a tag another tag interrupted, after a <c>&lt;</c>, or after what may start a character reference.
/// Attributes are dropped only from complete start tags without <c>&lt;% %&gt;</c> blocks, never from <c>meta</c>,
/// <c>link</c>, <c>html</c>, <c>base</c> or raw-text elements, and never where the cut would change how the parser
/// reads the rest of the tag (a name a <c>/</c> ends, an attribute right after a <c>/</c>, a value followed by anything
/// but a space or the tag's end). Whitespace goes only where nothing but spaces, tabs and line breaks (and markup taken
/// out) lies between a tag or comment and a complete start tag of a block element, or between such a start tag and
/// the next tag, unless the element is void or ends with <c>/&gt;</c> or the page has had a <c>pre</c> or
/// <c>listing</c> before (whose line breaks the walk reads); not after a <c>&lt;% %&gt;</c> block, which the parser
/// reads into the text around it, and not between an end tag and what follows, as the parser may ignore the end tag.
/// A container's content goes only up to its first end tag, when every tag before it is complete and of a name only
/// such content has (not an HTML element that could be open outside, nor a container of the same name), and no
/// <c>&lt;% %&gt;</c> block, doctype or processing instruction is in it.
/// </remarks>
internal static class ScriptStripper
{
    private static readonly SearchValues<char> Delimiters = SearchValues.Create(" \t\n\r/=<>");

    private static readonly string[] RawTextNames = ["script", "style", "textarea", "title", "noxhtml"];

    /// <summary>
    /// The page with the content of its code elements removed, and (unless <paramref name="dropUnread"/> is false) the
    /// markup the walk never reads: code elements and comments whole, unread attributes, whitespace right before or
    /// after a block's start tag and in an open head, and the content of svg, select and media elements; the same
    /// string when there is nothing to remove.
    /// </summary>
    public static string Strip(string html, bool dropUnread = true) => Strip(html, dropUnread, markAnchors: dropUnread, out _);

    /// <summary>
    /// <see cref="Strip(string, bool)"/>; with <paramref name="markAnchors"/>, every link's <c>href</c> goes too, and
    /// an anchor without one gets <see cref="PageWalker.UnlinkedMarker"/> instead (a tenth of the attributes of a news
    /// page are hrefs, and few anchors lack one), so the walk of a page so marked reads an anchor as a link unless marked.
    /// A page with an anchor tag that another tag or the page's end cuts short is not marked (<paramref name="marked"/>
    /// false): where the parser ends such a tag is not worth following for a few malformed pages.
    /// </summary>
    internal static string Strip(string html, bool dropUnread, bool markAnchors, out bool marked)
    {
        marked = markAnchors;
        List<(int Start, int End)>? cuts = null;
        List<int>? marks = null;
        var unread = new List<(int Start, int End)>();
        var at = 0;
        // Where the whitespace before the next tag starts: the end of the last markup the parser sees, or of a comment
        // or code element taken out when only whitespace came before it (-1 after a <% %> block, which HtmlAgilityPack
        // reads into the text around it, so what follows one is not a text of its own).
        var spaceStart = 0;
        // How far from spaceStart the text is known to be whitespace: the end of the last comment or code element
        // taken out.
        var spaceChecked = 0;
        // Whether that whitespace follows a block's start tag, where the walk has just ended a block and reads no space
        // (never once the page has had a pre, where a line break at a block's start is read).
        var spaceAfterBlock = false;
        var preSeen = false;
        // Where the page is with respect to its head: the walk reads no text in a head until an element that does not
        // belong there ends it, so whitespace between tags goes while the head is surely open (see HeadState).
        var head = HeadState.Before;
        // An element the walk skips whose content is only of a few known kinds (an svg's shapes, a select's options, a
        // picture's sources): its name while its end tag is still to come, where its content starts, and whether all
        // of it so far can go.
        string? container = null;
        var containerStart = 0;
        var containerClean = false;
        // Where the last tag that another tag interrupted ends: markup starting there joins that tag's attributes if
        // taken out.
        var interrupted = -1;
        while (at < html.Length)
        {
            var lt = NextTagStart(html, at);
            if (lt < 0)
            {
                break;
            }

            var next = html[lt + 1];
            if (container is not null && (next is '%' or '?' || (next == '!' && !IsFullComment(html, lt))))
            {
                containerClean = false;
            }

            if (next == '%')
            {
                at = ServerCodeEnd(html, lt + 1);
                spaceStart = spaceChecked = -1;
                spaceAfterBlock = false;
                continue;
            }

            if (next is '!' or '?')
            {
                var commentEnd = CommentEnd(html, lt);
                if (dropUnread && IsFullComment(html, lt) && Joins(html, lt, interrupted))
                {
                    // A comment is nothing the walk reads, and one node fewer for the parser.
                    TakeOut(ref cuts, html, ref spaceStart, ref spaceChecked, ref spaceAfterBlock, lt, commentEnd);
                }
                else
                {
                    spaceStart = spaceChecked = commentEnd;
                    spaceAfterBlock = false;
                }

                at = commentEnd;
                continue;
            }

            unread.Clear();
            var tag = ReadTag(html, lt, unread, collectUnread: dropUnread, cutAnchorHref: markAnchors);
            if (markAnchors && IsAnchor(html, tag))
            {
                if (!tag.Complete)
                {
                    return Strip(html, dropUnread, markAnchors: false, out marked);
                }

                if (!tag.HasHref)
                {
                    (marks ??= []).Add(tag.NameStart + 1);
                }
            }

            var (textStart, textChecked, afterBlock) = (spaceStart, spaceChecked, spaceAfterBlock);
            at = spaceStart = spaceChecked = tag.End;
            spaceAfterBlock = false;
            if (!tag.Complete)
            {
                interrupted = tag.End;
                containerClean = false;
                head = HeadState.Done;
                continue;
            }

            if (container is not null)
            {
                var tagName = html.AsSpan(tag.NameStart, tag.NameLength);
                if (!tag.IsStart && tagName.Equals(container, StringComparison.OrdinalIgnoreCase))
                {
                    if (dropUnread && containerClean)
                    {
                        // Its content goes, with the cuts made inside it: the walk never reads a skipped element's
                        // content.
                        Add(ref cuts, containerStart, lt);
                    }

                    container = null;
                }
                else if (!MayHold(container, tagName))
                {
                    containerClean = false;
                }
            }

            var spaceOnly = textStart >= 0 && lt > textStart && IsWhitespace(html.AsSpan(textChecked, lt - textChecked));
            if (dropUnread && spaceOnly && (afterBlock || head == HeadState.Open))
            {
                // Whitespace right after a block's start tag (the walk has just ended a block, and reads no space
                // there), or between the tags of an open head (the walk reads no text there).
                Add(ref cuts, textStart, lt);
            }

            head = Next(head, html.AsSpan(tag.NameStart, tag.NameLength), tag.IsStart);

            if (!tag.IsStart)
            {
                continue;
            }

            var name = html.AsSpan(tag.NameStart, tag.NameLength);
            var rawName = RawTextName(name);
            if (rawName is null)
            {
                if (dropUnread && IsUnreadVoid(html.AsSpan(lt, tag.End - lt), name) && Joins(html, lt, interrupted))
                {
                    // A void element the walk skips unread (an image, a form control, a style sheet's link): a node and
                    // its attributes fewer for the parser, and the text on its two sides reads as one either way.
                    (spaceStart, spaceChecked, spaceAfterBlock) = (textStart, textChecked, afterBlock);
                    TakeOut(ref cuts, html, ref spaceStart, ref spaceChecked, ref spaceAfterBlock, lt, tag.End);
                    continue;
                }

                if (container is null && ContainerName(name) is { } containerName && html[tag.End - 2] != '/')
                {
                    (container, containerStart, containerClean) = (containerName, tag.End, true);
                }

                var kind = TagNames.KindOf(name);
                var isBlock = (kind & TagKind.Block) != 0;
                preSeen |= name.Equals("pre", StringComparison.OrdinalIgnoreCase) || name.Equals("listing", StringComparison.OrdinalIgnoreCase);
                spaceAfterBlock = isBlock && !preSeen && html[tag.End - 2] != '/' && (kind & TagKind.Void) == 0;
                if (dropUnread && spaceOnly && isBlock)
                {
                    // Whitespace before a block's start tag: the walk ends the open block there anyway, and a pending
                    // space never reaches a block's text. An eighth of a news page's nodes are such runs.
                    Add(ref cuts, textStart, lt);
                }

                if (unread.Count > 0 && !KeepsAllAttributes(name))
                {
                    foreach (var (start, end) in unread)
                    {
                        Add(ref cuts, start, end);
                    }
                }

                continue;
            }

            var close = RawTextEnd(html, tag.End, rawName);
            if (close < 0)
            {
                // Raw text to the end of the page: HtmlAgilityPack keeps no node for it, so there is nothing to read after.
                break;
            }

            at = close;
            if (IsCode(html.AsSpan(lt, tag.End - lt), rawName))
            {
                var elementEnd = close + 3 + rawName.Length;
                if (dropUnread && elementEnd <= html.Length && html[elementEnd - 1] == '>' && Joins(html, lt, interrupted))
                {
                    // The whole element goes: the walk skips a script or a style sheet, so the text on either side of it
                    // reads as one, and the parser has two nodes fewer to build.
                    (spaceStart, spaceChecked, spaceAfterBlock) = (textStart, textChecked, afterBlock);
                    TakeOut(ref cuts, html, ref spaceStart, ref spaceChecked, ref spaceAfterBlock, lt, elementEnd);
                    at = elementEnd;
                }
                else if (close > tag.End)
                {
                    Add(ref cuts, tag.End, close);
                }
            }
        }

        return cuts is null && marks is null ? html : Cut(html, cuts ?? [], marks ?? []);
    }

    /// <summary>
    /// Takes out the markup from <paramref name="start"/> to <paramref name="end"/>. The whitespace before the next tag
    /// starts where it started before when nothing but whitespace (and markup taken out) lies between it and this
    /// markup; else after it, and the text before stays whole.
    /// </summary>
    private static void TakeOut(ref List<(int Start, int End)>? cuts, string html, ref int spaceStart, ref int spaceChecked, ref bool afterBlock, int start, int end)
    {
        Add(ref cuts, start, end);
        if (spaceStart < 0 || !IsWhitespace(html.AsSpan(spaceChecked, start - spaceChecked)))
        {
            spaceStart = end;
            afterBlock = false;
        }

        spaceChecked = end;
    }

    /// <summary>
    /// Adds a range to cut, after those already added; one that starts before the last ends (whitespace cut from before a
    /// comment taken out) takes in the ranges it covers.
    /// </summary>
    private static void Add(ref List<(int Start, int End)>? cuts, int start, int end)
    {
        cuts ??= [];
        while (cuts.Count > 0 && cuts[^1].Start >= start)
        {
            end = Math.Max(end, cuts[^1].End);
            cuts.RemoveAt(cuts.Count - 1);
        }

        if (cuts.Count > 0 && cuts[^1].End >= start)
        {
            start = cuts[^1].Start;
            end = Math.Max(end, cuts[^1].End);
            cuts.RemoveAt(cuts.Count - 1);
        }

        cuts.Add((start, end));
    }

    /// <summary>
    /// Where the scan is with respect to the page's head. Open means: a head has started, before any element that could
    /// end it for the walk, and no end tag but a raw-text element's has come since (one could close the head). Then the
    /// parser puts what follows inside the head, and the walk reads no text there.
    /// </summary>
    private enum HeadState
    {
        Before,
        Open,
        Done,
    }

    /// <summary>The head state after a tag: only <c>html</c> may come before the head, and only head content inside it.</summary>
    private static HeadState Next(HeadState state, ReadOnlySpan<char> name, bool isStart) => state switch
    {
        HeadState.Before when isStart && name.Equals("head", StringComparison.OrdinalIgnoreCase) => HeadState.Open,
        HeadState.Before when isStart && name.Equals("html", StringComparison.OrdinalIgnoreCase) => HeadState.Before,
        HeadState.Open when isStart && OneOf(name, HeadContentNames) is not null => HeadState.Open,
        HeadState.Open when !isStart && RawTextName(name) is not null => HeadState.Open,
        _ => HeadState.Done,
    };

    private static readonly string[] HeadContentNames = ["meta", "link", "title", "script", "style", "base", "noscript", "template", "head"];

    private static readonly string[] ContainerNames = ["svg", "select", "picture", "video", "audio"];

    /// <summary>Void elements the walk skips without reading anything of them.</summary>
    private static readonly string[] UnreadVoidNames = ["img", "input", "source", "track", "param", "area", "embed"];

    /// <summary>
    /// Whether a start tag is of a void element the walk never reads: those of <see cref="UnreadVoidNames"/>, and a link
    /// that is not the canonical address (the only link the walk reads).
    /// </summary>
    private static bool IsUnreadVoid(ReadOnlySpan<char> startTag, ReadOnlySpan<char> name) =>
        OneOf(name, UnreadVoidNames) is not null
        || (name.Equals("link", StringComparison.OrdinalIgnoreCase) && !startTag.Contains("canonical", StringComparison.OrdinalIgnoreCase))
        || (name.Equals("meta", StringComparison.OrdinalIgnoreCase) && !MayBeRead(startTag));

    /// <summary>
    /// Whether a meta tag may hold a name the walk reads (<see cref="PageMetadata.ReadMeta"/>): every such name contains
    /// one of <see cref="PageMetadata.MetaNameParts"/>. A tag with a character reference or any character beyond ASCII
    /// stays: the parser decodes the one, and lower-casing may map the other to a name's letter.
    /// </summary>
    private static bool MayBeRead(ReadOnlySpan<char> startTag) =>
        startTag.Contains('&') || startTag.ContainsAnyExceptInRange('\0', '\x7f') || PageMetadata.HasMetaNamePart(startTag);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SvgNames = new[]
    {
        "path", "g", "use", "defs", "symbol", "circle", "rect", "ellipse", "line", "polyline", "polygon", "lineargradient",
        "radialgradient", "stop", "clippath", "mask", "desc", "title", "text", "tspan", "pattern", "marker", "image", "filter",
        "style", "script", "metadata", "switch", "view", "animate", "animatetransform", "set",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a tag of this name may be inside the container without anything in it mattering to the walk or to the
    /// parse around it: names no HTML element outside could have (an svg's shapes and filters), or a select's options,
    /// a picture's or a medium's sources (void, or closed by the parser inside the container).
    /// </summary>
    private static bool MayHold(string container, ReadOnlySpan<char> name) => container switch
    {
        "svg" => SvgNames.Contains(name) || (name.Length > 2 && name.StartsWith("fe", StringComparison.OrdinalIgnoreCase)),
        "select" => name.Equals("option", StringComparison.OrdinalIgnoreCase) || name.Equals("optgroup", StringComparison.OrdinalIgnoreCase),
        _ => name.Equals("source", StringComparison.OrdinalIgnoreCase) || name.Equals("track", StringComparison.OrdinalIgnoreCase)
            || (container == "picture" && name.Equals("img", StringComparison.OrdinalIgnoreCase)),
    };

    /// <summary>Whether the markup at <paramref name="lt"/> is a comment that starts with <c>&lt;!--</c> (not a doctype or <c>&lt;?x?&gt;</c>).</summary>
    private static bool IsFullComment(string html, int lt) =>
        lt + 3 < html.Length && html[lt + 1] == '!' && html[lt + 2] == '-' && html[lt + 3] == '-';

    /// <summary>
    /// Whether markup at <paramref name="lt"/> can go without changing what the text on its two sides reads as once
    /// joined: not right after a tag another tag interrupted (its attributes would go on), not after a <c>&lt;</c> (it
    /// would start a tag), and not after what may be the start of a character reference (<c>&amp;am</c> + <c>p;</c>).
    /// </summary>
    private static bool Joins(string html, int lt, int interrupted)
    {
        if (lt == interrupted || (lt > 0 && html[lt - 1] == '<'))
        {
            return false;
        }

        for (var i = lt - 1; i >= 0 && lt - i <= 40; i--)
        {
            var c = html[i];
            if (c == '&')
            {
                return false;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '#')
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>
    /// The page without the given ranges (in order, not overlapping) and with <see cref="PageWalker.UnlinkedMarker"/>
    /// written at each mark (in order; one inside a range taken out goes with it), copied once into a string of its
    /// final length.
    /// </summary>
    private static string Cut(string html, List<(int Start, int End)> cuts, List<int> marks)
    {
        const string Marker = " " + PageWalker.UnlinkedMarker;
        var length = html.Length;
        foreach (var (start, end) in cuts)
        {
            length -= end - start;
        }

        var kept = new List<int>(marks.Count);
        var r = 0;
        foreach (var mark in marks)
        {
            while (r < cuts.Count && cuts[r].End <= mark)
            {
                r++;
            }

            if (r < cuts.Count && cuts[r].Start < mark)
            {
                continue;
            }

            kept.Add(mark);
        }

        length += kept.Count * Marker.Length;
        return string.Create(length, (html, cuts, kept), static (destination, state) =>
        {
            var (source, ranges, points) = state;
            var from = 0;
            var m = 0;
            foreach (var (start, end) in ranges)
            {
                Copy(source, ref from, start, points, ref m, ref destination);
                from = end;
            }

            Copy(source, ref from, source.Length, points, ref m, ref destination);
        });

        // Copies the source up to 'to', writing the marker at each mark on the way.
        static void Copy(string source, ref int from, int to, List<int> points, ref int m, ref Span<char> destination)
        {
            while (m < points.Count && points[m] <= to)
            {
                var point = points[m++];
                source.AsSpan(from, point - from).CopyTo(destination);
                destination = destination[(point - from)..];
                Marker.CopyTo(destination);
                destination = destination[Marker.Length..];
                from = point;
            }

            source.AsSpan(from, to - from).CopyTo(destination);
            destination = destination[(to - from)..];
            from = to;
        }
    }

    /// <summary>
    /// Whether the raw text is something no step reads: a style sheet, or a script that is neither JSON-LD nor a template
    /// (<see cref="PageWalker"/> reads a script's body only when its type says one of those, and each such type contains
    /// one of the words looked for here). Other JSON (application state, configuration) goes with the code.
    /// </summary>
    private static bool IsCode(ReadOnlySpan<char> startTag, string name) =>
        name == "style" || (name == "script"
            && !startTag.Contains("ld+json", StringComparison.OrdinalIgnoreCase)
            && !startTag.Contains("template", StringComparison.OrdinalIgnoreCase)
            && !startTag.Contains("html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Elements whose every attribute stays: the head's metadata, the root, and raw-text elements (a script's type decides what it is).</summary>
    private static bool KeepsAllAttributes(ReadOnlySpan<char> name) =>
        name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
        || name.Equals("html", StringComparison.OrdinalIgnoreCase) || name.Equals("base", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the walk reads an attribute of this name on an ordinary element.</summary>
    private static bool IsRead(ReadOnlySpan<char> name) => ReadNames.Contains(name);

    /// <summary>Whether the walk only looks for an attribute of this name, never at its value.</summary>
    private static bool IsPresenceOnly(ReadOnlySpan<char> name) => PresenceOnlyNames.Contains(name);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresenceOnlyNames =
        PageWalker.PresenceOnlyAttributeNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadNames =
        PageWalker.ReadAttributeNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string? RawTextName(ReadOnlySpan<char> name) => OneOf(name, RawTextNames);

    /// <summary>The name of an element the walk skips whose content the stripper may take out with it, or null.</summary>
    private static string? ContainerName(ReadOnlySpan<char> name) => OneOf(name, ContainerNames);

    /// <summary>The candidate that <paramref name="name"/> is, ignoring case, or null.</summary>
    private static string? OneOf(ReadOnlySpan<char> name, string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The next <c>&lt;</c> from <paramref name="from"/> that HtmlAgilityPack reads as the start of a tag, or -1.</summary>
    private static int NextTagStart(string html, int from)
    {
        while (true)
        {
            var lt = html.IndexOf('<', from);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return -1;
            }

            if (StartsTag(html[lt + 1]))
            {
                return lt;
            }

            from = lt + 1;
        }
    }

    private static bool StartsTag(char next) => char.IsLetter(next) || next is '/' or '?' or '!' or '%';

    private static bool IsSpace(char c) => c is '\n' or '\r' or ' ' or '\t';

    private static bool IsWhitespace(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(WhitespaceCharacters);

    private static readonly SearchValues<char> WhitespaceCharacters = SearchValues.Create(" \t\n\r");

    /// <summary>Where a <c>&lt;%</c> block whose <c>%</c> is at <paramref name="percent"/> ends: after its <c>%&gt;</c>.</summary>
    private static int ServerCodeEnd(string html, int percent)
    {
        var end = html.IndexOf("%>", percent, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + 2;
    }

    /// <summary>
    /// Where a comment starting at <paramref name="lt"/> ends: after the first <c>&gt;</c>, or for <c>&lt;!--</c> after
    /// the first <c>&gt;</c> that follows <c>--</c> or <c>--!</c>, counting the dashes of the opening.
    /// </summary>
    private static int CommentEnd(string html, int lt)
    {
        var full = lt + 3 < html.Length && html[lt + 2] == '-' && html[lt + 3] == '-';
        var from = lt + 1;
        while (true)
        {
            var gt = html.IndexOf('>', from);
            if (gt < 0)
            {
                return html.Length;
            }

            if (!full || (html[gt - 1] == '-' && html[gt - 2] == '-') || (gt >= 3 && html[gt - 1] == '!' && html[gt - 2] == '-' && html[gt - 3] == '-'))
            {
                return gt + 1;
            }

            from = gt + 1;
        }
    }

    /// <summary>Where the raw text from <paramref name="from"/> ends: the <c>&lt;</c> of its end tag, or -1 when it has none.</summary>
    private static int RawTextEnd(string html, int from, string name)
    {
        while (true)
        {
            var close = html.IndexOf("</", from, StringComparison.Ordinal);
            if (close < 0 || close + name.Length + 3 > html.Length)
            {
                return -1;
            }

            var after = close + 2 + name.Length;
            if (html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && (html[after] == '>' || IsSpace(html[after])))
            {
                return close;
            }

            from = close + 1;
        }
    }

    private enum State
    {
        Name,
        BetweenAttributes,
        EmptyTag,
        AttributeName,
        BeforeEquals,
        AfterEquals,
        Value,
        QuotedValue,
    }

    /// <summary>
    /// A tag as read: where it ends, whether another tag interrupted it, its name, and whether it has an <c>href</c>.
    /// </summary>
    private readonly record struct Tag(int End, bool Complete, bool IsStart, int NameStart, int NameLength, bool HasHref);

    private static bool IsHref(ReadOnlySpan<char> name) => name.Equals("href", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a start tag is an anchor's, however it ends (a tag cut short has no name length).</summary>
    private static bool IsAnchor(string html, Tag tag)
    {
        if (!tag.IsStart || tag.NameStart >= tag.End)
        {
            return false;
        }

        // A name another tag or the page's end cut short runs to there.
        var length = tag.NameLength > 0 || tag.Complete ? tag.NameLength : tag.End - tag.NameStart;
        return html.AsSpan(tag.NameStart, length).Equals("a", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Reads the element tag whose <c>&lt;</c> is at <paramref name="lt"/> as HtmlAgilityPack's tag states do. A tag
    /// that another tag interrupts is not complete, and ends where the other starts. The attributes the walk never reads
    /// go to <paramref name="unread"/>, each as the range of its name and value (not the space before it, nor a
    /// <c>/</c> after a name without a value, which the parser would then read as the end of an empty tag).
    /// </summary>
    private static Tag ReadTag(string html, int lt, List<(int Start, int End)> unread, bool collectUnread, bool cutAnchorHref)
    {
        var isStart = html[lt + 1] != '/';
        var nameStart = isStart ? lt + 1 : lt + 2;
        var nameLength = 0;
        var state = State.Name;
        var quote = '\0';
        var attributeStart = -1;
        var attributeNameStart = -1;
        var attributeNameEnd = -1;
        var clean = true;
        var hasHref = false;
        var i = nameStart;

        // An attribute's name is read: note an href.
        void Named(int end)
        {
            attributeNameEnd = end;
            hasHref |= IsHref(html.AsSpan(attributeNameStart, end - attributeNameStart));
        }

        // Whether the attribute is a link's href that goes (the anchor is marked when it has none instead).
        bool IsAnchorHref() =>
            cutAnchorHref && isStart && nameLength == 1 && html[nameStart] is 'a' or 'A'
            && IsHref(html.AsSpan(attributeNameStart, attributeNameEnd - attributeNameStart));

        // An attribute ends: set it aside when the walk does not read it.
        void Finish(int end)
        {
            if (attributeStart >= 0 && clean
                && ((collectUnread && !IsRead(html.AsSpan(attributeStart, attributeNameEnd - attributeStart))) || IsAnchorHref()))
            {
                unread.Add((attributeStart, end));
            }

            attributeStart = -1;
        }

        // An attribute without a value ends with its name; one whose name a '/' ends stays, as that '/' would then start
        // an empty tag ("<div a/>" is not empty, "<div />" is).
        void FinishWithoutValue()
        {
            if (html[attributeNameEnd] == '/')
            {
                attributeStart = -1;
            }

            Finish(attributeNameEnd);
        }

        // An attribute with a value: of an attribute the walk only looks for (a link's href), the value goes when a space
        // or the tag's end follows it. Anything else would join the name: a '/' (then no longer the end of an empty
        // tag) or the next attribute's name written right after a closing quote.
        void FinishWithValue(int end)
        {
            if (collectUnread && attributeStart >= 0 && clean && end < html.Length && (IsSpace(html[end]) || html[end] == '>')
                && IsPresenceOnly(html.AsSpan(attributeStart, attributeNameEnd - attributeStart)) && !IsAnchorHref())
            {
                unread.Add((attributeNameEnd, end));
                attributeStart = -1;
                return;
            }

            Finish(end);
        }

        while (i < html.Length)
        {
            var c = html[i];
            if (state == State.QuotedValue)
            {
                // Only the closing quote ends a quoted value (a <% %> block inside it ends at the quote too).
                var end = html.IndexOf(quote, i);
                if (end < 0)
                {
                    break;
                }

                state = State.BetweenAttributes;
                i = end + 1;
                FinishWithValue(i);
                continue;
            }

            if (state is (State.Name or State.AttributeName or State.Value) && !Delimiters.Contains(c))
            {
                // Inside a name or an unquoted value nothing but a delimiter changes the state: jump to the next one.
                var skip = html.AsSpan(i).IndexOfAny(Delimiters);
                if (skip < 0)
                {
                    break;
                }

                i += skip;
                continue;
            }

            if (c == '<' && i + 1 < html.Length && StartsTag(html[i + 1]))
            {
                if (html[i + 1] != '%')
                {
                    if (state == State.AttributeName)
                    {
                        Named(i);
                    }

                    return new Tag(i, false, isStart, nameStart, nameLength, hasHref);
                }

                // A <% %> block inside a tag leaves the tag's state as it was (an unquoted value after '=' begins);
                // the tag's attributes are then left as they are, those before the block too.
                clean = false;
                unread.Clear();
                i = ServerCodeEnd(html, i + 1);
                if (state == State.AfterEquals)
                {
                    state = State.Value;
                }

                continue;
            }

            if (c == '>')
            {
                if (state == State.Name)
                {
                    nameLength = i - nameStart;
                }
                else if (state == State.AttributeName)
                {
                    Named(i);
                    Finish(i);
                }
                else if (state == State.BeforeEquals)
                {
                    FinishWithoutValue();
                }
                else if (state is State.AfterEquals or State.Value)
                {
                    FinishWithValue(i);
                }

                return new Tag(i + 1, true, isStart, nameStart, nameLength, hasHref);
            }

            switch (state)
            {
                case State.Name:
                    if (IsSpace(c) || c == '/')
                    {
                        nameLength = i - nameStart;
                        state = c == '/' ? State.EmptyTag : State.BetweenAttributes;
                    }

                    break;
                case State.BetweenAttributes:
                    if (c is '/' or '?')
                    {
                        state = State.EmptyTag;
                    }
                    else if (!IsSpace(c))
                    {
                        // Right after a '/' the attribute stays: without it, "/>" would end an empty tag.
                        state = State.AttributeName;
                        attributeNameStart = i;
                        attributeStart = html[i - 1] is '/' or '?' ? -1 : i;
                    }

                    break;
                case State.EmptyTag:
                    if (!IsSpace(c))
                    {
                        // Read again as between attributes.
                        state = State.BetweenAttributes;
                        continue;
                    }

                    state = State.BetweenAttributes;
                    break;
                case State.AttributeName:
                    if (c == '/' || IsSpace(c))
                    {
                        Named(i);
                        state = State.BeforeEquals;
                    }
                    else if (c == '=')
                    {
                        Named(i);
                        state = State.AfterEquals;
                    }

                    break;
                case State.BeforeEquals:
                    if (c == '=')
                    {
                        state = State.AfterEquals;
                    }
                    else if (!IsSpace(c))
                    {
                        FinishWithoutValue();
                        state = State.BetweenAttributes;
                        continue;
                    }

                    break;
                case State.AfterEquals:
                    if (c is '\'' or '"')
                    {
                        state = State.QuotedValue;
                        quote = c;
                    }
                    else if (!IsSpace(c))
                    {
                        state = State.Value;
                    }

                    break;
                case State.Value:
                    if (IsSpace(c))
                    {
                        FinishWithValue(i);
                        state = State.BetweenAttributes;
                    }

                    break;
            }

            i++;
        }

        if (state == State.AttributeName)
        {
            Named(html.Length);
        }

        return new Tag(html.Length, false, isStart, nameStart, nameLength, hasHref);
    }
}
