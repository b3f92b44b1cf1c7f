using System.Text;
using HtmlAgilityPack;
using NewsScrub.Html;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Html;

/// <summary>
/// The reader takes the code out of scripts and styles before the parse. It must read raw text exactly where
/// HtmlAgilityPack does: the parse of the stripped page is the parse of the page, but for that code.
/// </summary>
public sealed class ScriptStripperTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>b</p>';</script><p>c</p>", "<p>a</p><p>c</p>")]
    [InlineData("<style>p { color: red }</style><p>a</p>", "<p>a</p>")]
    [InlineData("<SCRIPT>x()</SCRIPT >", "<SCRIPT></SCRIPT >")]
    [InlineData("a <script>x()</script> b<!-- c -->d", "a  bd")]
    [InlineData("<p>a</p>\n<!-- c -->\n<script>x()</script>\n<p>b</p>", "<p>a</p><p>b</p>")]
    [InlineData("a&am<!-- c -->p;", "a&am<!-- c -->p;")]
    [InlineData("a&am<script>x()</script>p;", "a&am<script></script>p;")]
    [InlineData("a <<!-- c -->b>", "a <<!-- c -->b>")]
    [InlineData("<b class=x <!-- c --> y>", "<b class=x <!-- c --> y>")]
    [InlineData("<b class=x <script>x()</script> y>", "<b class=x <script></script> y>")]
    [InlineData("<!DOCTYPE html><?xml x?><p>a</p>", "<!DOCTYPE html><?xml x?><p>a</p>")]
    [InlineData("<ul>\n  <li>\n    <a href=x>a</a>\n  </li>\n</ul>", "<ul><li><a >a</a>\n  </li>\n</ul>")]
    [InlineData("<div>\n<!-- c -->\n<b>a</b> <i>b</i></div>", "<div><b>a</b> <i>b</i></div>")]
    [InlineData("<hr>\n<b>a</b><div/>\n<b>b</b>", "<hr>\n<b>a</b><div/>\n<b>b</b>")]
    [InlineData("<pre>a</pre><div>\n<b>b</b></div>", "<pre>a</pre><div>\n<b>b</b></div>")]
    [InlineData("<a href=x><svg class=i><title>Share</title><path d=\"M0 0\"/></svg>Share</a>", "<a ><svg class=i></svg>Share</a>")]
    [InlineData("<select><option>a<option>b</select>", "<select></select>")]
    [InlineData("<html>\n<head>\n<meta name=author content=b>\n<title>T</title>\n<noscript><link rel=x href=y></noscript>\n<link rel=z href=w>\n</head>\n<body>\n<p>a</p>",
        "<html><head><meta name=author content=b><title>T</title><noscript></noscript>\n\n</head><body><p>a</p>")]
    [InlineData("<head><meta name=author content=b>\n<img src=x>\n<meta name=keywords content=d>\n", "<head><meta name=author content=b>\n<meta name=keywords content=d>\n")]
    [InlineData("<head><meta name=viewport content=b><meta property=og:title content=T><meta name=x content=&#100;ate>", "<head><meta property=og:title content=T><meta name=x content=&#100;ate>")]
    [InlineData("<svg><a href=x>a</a></svg>", "<svg><a >a</a></svg>")]
    [InlineData("<svg><svg></svg><path/></svg>", "<svg><svg></svg><path/></svg>")]
    [InlineData("<video><source src=a>Your browser cannot <a href=a>play</a> it</video>", "<video>Your browser cannot <a >play</a> it</video>")]
    [InlineData("<p>a <img src=x alt=y> b<input type=text></p>\n<link rel=stylesheet href=s>\n<link rel=canonical href=c><script src=x async></script>", "<p>a  b</p>\n\n<link rel=canonical href=c>")]
    [InlineData("<script src=\"a.js\" />x()</script><p>a</p>", "<p>a</p>")]
    [InlineData("<script>if (a </scripts) b();</script>", "")]
    [InlineData("<script data-x='a>b'>x()</script>", "")]
    [InlineData("<a title=\"<script>x()</script>\" href=\"/a\">a</a>", "<a  >a</a>")]
    [InlineData("<a href='/a' class=b>a</a><a href=\"/b\"/>", "<a  class=b>a</a><a />")]
    [InlineData("<a name=top>x</a><A class=c href=/y>y</A>", "<a data-newsscrub-unlinked >x</a><A class=c >y</A>")]
    [InlineData("<a href='/a'style='x'>a</a>", "<a style='x'>a</a>")]
    [InlineData("<div data-a=1 class=\"b\" onclick='x()' hidden/>", "<div  class=\"b\"  hidden/>")]
    [InlineData("<div data-a/>", "<div data-a/>")]
    [InlineData("<script type=\"application/json\">{\"props\":{\"a\":\"<p>b</p>\"}}</script>", "")]
    public void Code_and_comments_are_taken_out(string html, string expected) =>
        Assert.Equal(expected, ScriptStripper.Strip(html));

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"headline\":\"A\"}</script>")]
    [InlineData("<script type=\"text/template\"><p>Body</p></script>")]
    [InlineData("<script type=\"text/html\"><p>Body</p></script>")]
    [InlineData("<span class=\"<script>x()</script>\">a</span>")]
    [InlineData("<textarea><script>x()</script></textarea>")]
    [InlineData("<title>A <script>x()</script> B</title>")]
    [InlineData("<script>x()")]
    [InlineData("<script src=a.js <p>a</p> x()</script>")]
    [InlineData("<% if (a) { %><script>x()</script><% } %>")]
    [InlineData("<p>no code at all</p>")]
    public void What_the_walk_reads_or_the_parser_does_not_read_as_code_is_left_alone(string html)
    {
        var stripped = ScriptStripper.Strip(html);
        if (html.Contains("<% if", StringComparison.Ordinal))
        {
            // The <% %> blocks hide nothing here: the script between them is code and goes.
            Assert.Equal("<% if (a) { %><% } %>", stripped);
            return;
        }

        Assert.Same(html, stripped);
    }

    private static readonly string[] Pieces =
    [
        "<script>", "<script type=\"module\">", "<SCRIPT src=x>", "<script src='a' />", "</script>", "</script >", "</SCRIPT\n>", "</scripts>",
        "<style>", "</style>", "<style media=\"x\">", "<textarea>", "</textarea>", "<title>", "</title>", "<noxhtml>", "</noxhtml>",
        "<script type=\"application/ld+json\">", "<script type=\"text/template\">", "<script type=\"application/json\">", "<!--", "-->", "--!>", "<!-- c -->", "<!x>", "<?php ?>",
        "<%", "%>", "<% x %>", "<div class=\"a\">", "<div class='b>c'>", "<div title=\"<script>\">", "<div data-a=x>", "</div>", "<p>", "</p>",
        "<a href=/x/>", "</a>", "<br/>", "<img src=\"a.png\" alt=\"<style>\">", "<", ">", "</", "/", "=", "\"", "'", " ", "\n", "?", "!",
        "<p class=x <div>", "<span", "text ", "if (a < b && c > d) {}", "var s = '</div>';", "é", "<é>", "<1>", "&amp;",
        "<div data-a=1/>", "<span a/>", "<i a />", "<p title='x'/>", "<b x=y z>", "<u ?x>", "<em a=\"1\"b=2>", "<li data-x", " data-y=\"z\"",
        " hidden", " onclick=f()", "<a href=x title=y>", "<a href=\"/x\"/>", "<a href='z'class=q>", "<a data-q='1'class=r>", "<a href='y' hidden=hidden>", "<div CLASS=k Data-A=1>", "<meta name=a content=b>", "<link rel=x href=y title=z>", "<link rel=canonical href=/c>", "<a", "<a class=x", "<A HREF=y>", "<a name=n>", "<a/href=z>", "<a href>", "<a hreF='q'>", "<a id=i href=x class=c>", "<meta property=og:title content=T>", "<meta name=description content=d>", "<meta itemprop=datePublished content=2020-01-02>",
        "<input type=text>", "</img>", "<img/>", "</input>", "<embed src=a>", "<script src=a></script>", "<script async></script>",
        "<div data-a=<%=x%> class=k>", "<p <% if (a) %> title=t>", " title=<% x %>",
        "<li>", "</li>", "<H2 id=t>", "</h2>", "<pre>", "</pre>", " \n\t", "\r\n  ", "<span>", "</span>", "<a href=x rel=tag>", "<h1 itemprop=headline>",
        "&am", "p;", "&#23", "4;", "b>", "<!-- x -->", "<style>p{}</style>", "<script>f()</script>",
        "<svg viewBox=\"0 0 1 1\">", "</svg>", "<path d=\"M0 0\"/>", "<g>", "</g>", "<title>x</title>", "<select>", "<option>",
        "</option>", "</select>", "<picture>", "<source srcset=a>", "</picture>", "<svg><path d=\"M0\"/></svg>", "<foreignObject>",
        "<html>", "<head>", "</head>", "<body>", "<noscript>", "</noscript>", "<base href=x>",
    ];

    [Fact]
    public void On_random_markup_the_stripped_page_parses_as_the_page_does_but_for_the_code()
    {
        var random = new Random(20261207);
        for (var round = 0; round < 10000; round++)
        {
            var html = RandomMarkup.Page(random, Pieces, 40);
            var stripped = ScriptStripper.Strip(html, dropUnread: true, markAnchors: true, out var marked);
            Assert.True(Shape(html, false) == Shape(stripped, marked), $"Parsed differently after stripping:\n{html}\n---\n{stripped}");
        }
    }

    [Fact]
    public void On_random_markup_the_reader_gives_the_same_document_with_the_unread_markup_dropped_or_parsed()
    {
        // The whitespace before a block's start tag is gone from the parse; what the walk makes of the page is not.
        // Without template scripts: the reader shows a template by parsing its markup in place, and a template that
        // opens raw text it never closes (<noxhtml>) takes in the rest of the page as text, dropped markup and all.
        var pieces = Pieces.Where(static piece => !piece.Contains("template", StringComparison.Ordinal)).ToArray();
        var random = new Random(20261208);
        for (var round = 0; round < 4000; round++)
        {
            var html = RandomMarkup.Page(random, pieces, 40);
            Assert.True(Document(html, true) == Document(html, false), $"Read differently with the unread markup dropped:\n{html}");
        }
    }

    [Theory]
    [InlineData("<a href=x rel=tag><svg><title>Icon</title></svg>Politics</a>")]
    [InlineData("<h1 itemprop=headline>Title<svg><title>x</title></svg> here</h1>")]
    [InlineData("<a href=x rel=author><select><option>Ann</select>Bob</a>")]
    [InlineData("<html>foo<head><meta name=a content=b></head> <b>bar</b>")]
    [InlineData("<html>foo<head><meta name=a content=b><i>x</i> <b>bar</b>")]
    [InlineData("<body><a name=top></a><script type=\"text/template\"><p>The body, with <a href=/x>a link</a> and <a id=n>an anchor</a>.</p></script></body>")]
    [InlineData("<body><a href=/y>Home</a><script type=\"text/template\"><p>The body, with <a href=/x>a link</a> and <a class=x</p></script></body>")]
    [InlineData("<body><p>Text <a href=/x>link</a> <a class=c<b>bold</b> <a</p>")]
    public void These_pages_read_the_same_with_the_unread_markup_dropped_or_parsed(string html) =>
        Assert.Equal(Document(html, false), Document(html, true));

    /// <summary>The reader's document as a string: every segment with its text and evidence, and the page's metadata.</summary>
    private static string Document(string html, bool dropUnread)
    {
        var document = HtmlPageReader.Read(html, dropUnread);
        var builder = new StringBuilder();
        foreach (var segment in document.Segments)
        {
            builder.Append(segment.Text).Append('|').Append(segment.Tag).Append('|').Append(segment.Flags).Append('|').Append(segment.Owner)
                .Append('|').Append(segment.HeadingLevel).Append('|').Append(segment.LinkCharacters).Append('|').Append(segment.LeadingLinkCharacters)
                .Append('|').Append(segment.BreakBefore).Append('|').Append(segment.HardBreakBefore).Append('|').Append(segment.Kind).Append('\n');
        }

        foreach (var element in document.Elements)
        {
            builder.Append(element.Tag).Append(' ').Append(element.Parent).Append(' ').Append(element.Flags).Append(' ').Append(element.Signals)
                .Append(' ').Append(element.LastDescendant).Append(' ').Append(element.HeadingLevel).Append(' ').Append(element.Hints).Append('\n');
        }

        builder.Append(document.Title).Append('|').Append(document.Byline).Append('|').Append(document.Published).Append('|').Append(document.CanonicalUrl)
            .Append('|').Append(document.SiteName).Append('|').Append(document.Language).Append('|').Append(document.StructuredBody).Append('|').Append(document.Hints)
            .Append('|').Append(string.Join(',', document.Tags)).Append('|').Append(string.Join(',', document.Captions));
        return builder.ToString();
    }

    [SharedFact]
    public void The_dev_pages_parse_as_they_do_unstripped_but_for_the_code()
    {
        var folder = TestPaths.SharedFile("bench", "extraction", "dev");
        foreach (var path in Directory.EnumerateFiles(folder, "*.html"))
        {
            var html = NewsScrub.Html.HtmlDecoder.Decode(File.ReadAllBytes(path), null);
            var stripped = ScriptStripper.Strip(html, dropUnread: true, markAnchors: true, out var marked);
            Assert.True(marked);
            Assert.Equal(Shape(html, false), Shape(stripped, marked));
        }
    }

    [SharedFact]
    public void The_dev_pages_give_the_same_article_with_the_unread_markup_dropped_or_parsed()
    {
        // Catches an attribute the walk reads that ReadAttributeNames does not list, and whitespace it does read.
        var folder = TestPaths.SharedFile("bench", "extraction", "dev");
        foreach (var path in Directory.EnumerateFiles(folder, "*.html"))
        {
            var html = NewsScrub.Html.HtmlDecoder.Decode(File.ReadAllBytes(path), null);
            string Json(bool drop) => System.Text.Json.JsonSerializer.Serialize(
                ScrubPipeline.Default.Run(HtmlPageReader.Read(html, drop), null, CancellationToken.None), ArticleJsonContext.Default.Article);
            Assert.True(Json(true) == Json(false), $"Different article with the unread markup dropped: {Path.GetFileName(path)}");
        }
    }

    /// <summary>Elements that keep every attribute: the rest keep only those the walk reads.</summary>
    private static bool KeepsAll(HtmlNode node) =>
        node.Name is "meta" or "link" or "html" or "base" or "script" or "style" or "textarea" or "title" or "noxhtml";

    /// <summary>
    /// The parse as a string: every node in order with its text and the attributes the walk reads (all of them on the
    /// elements that keep all). Comments, code elements, the content of svg, select and media elements, and text in a
    /// head no element has ended are left out (the stripper takes them out, or only a script's code), texts next to
    /// each other read as one, and a text loses its whitespace where it touches a block's start
    /// tag, before or after, as the stripper may take that out.
    /// </summary>
    private static string Shape(string html, bool anchorsMarked)
    {
        var document = HtmlPageReader.NewDocument();
        document.LoadHtml(html);
        var entries = new List<ShapeEntry>();
        var stack = new Stack<(HtmlNode Node, int Depth, bool InHead)>();
        stack.Push((document.DocumentNode, 0, false));
        var headClosed = false;
        var preSeen = false;
        while (stack.Count > 0)
        {
            var (node, depth, inHead) = stack.Pop();
            if (IsCode(node) || IsUnreadVoid(node) || (node.NodeType == HtmlNodeType.Comment && node.InnerHtml.StartsWith("<!--", StringComparison.Ordinal))
                || node.ParentNode?.Name is "svg" or "select" or "picture" or "video" or "audio")
            {
                continue;
            }

            headClosed |= inHead && node.NodeType == HtmlNodeType.Element
                && node.Name is not ("meta" or "link" or "title" or "script" or "style" or "base" or "noscript" or "template" or "head");
            preSeen |= node.NodeType == HtmlNodeType.Element && node.Name is "pre" or "listing";

            if (node.NodeType == HtmlNodeType.Text)
            {
                // Texts next to each other read as one, as the walk reads them: those a comment or a script separated,
                // and those a stray end tag did.
                if (entries.Count > 0 && entries[^1].Text is { } before && entries[^1].Depth == depth)
                {
                    entries[^1] = entries[^1] with { Text = before + node.InnerHtml };
                }
                else
                {
                    entries.Add(new ShapeEntry(depth, null, node.InnerHtml, false, inHead && !headClosed, preSeen));
                }

                continue;
            }

            var line = new StringBuilder().Append(node.NodeType).Append(' ').Append(node.Name);
            var isAnchor = node.NodeType == HtmlNodeType.Element && node.Name == "a";
            if (isAnchor)
            {
                // A link: with its href, or on a marked page without the marker.
                var linked = anchorsMarked ? node.Attributes[PageWalker.UnlinkedMarker] is null : node.Attributes["href"] is not null;
                line.Append(linked ? " (link)" : " (not a link)");
            }

            foreach (var attribute in node.Attributes)
            {
                if ((!KeepsAll(node) && !PageWalker.ReadAttributeNames.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                    || (isAnchor && attribute.Name is "href" or PageWalker.UnlinkedMarker))
                {
                    continue;
                }

                line.Append(' ').Append(attribute.Name);
                if (KeepsAll(node) || !PageWalker.PresenceOnlyAttributeNames.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    line.Append("=[").Append(attribute.Value).Append(']');
                }
            }

            if (node.NodeType == HtmlNodeType.Comment)
            {
                line.Append(" [").Append(node.InnerHtml).Append(']');
            }

            entries.Add(new ShapeEntry(depth, line.ToString(), null, node.NodeType == HtmlNodeType.Element && TagNames.IsBlock(node.Name), false, preSeen));
            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], depth + 1, inHead || node.Name == "head"));
            }
        }

        // A block's first text loses its leading whitespace (not once the page has had a pre, where it is read).
        for (var i = 1; i < entries.Count; i++)
        {
            if (!entries[i].AfterPre && entries[i].Text is { } text && entries[i - 1].Block && entries[i - 1].Depth == entries[i].Depth - 1)
            {
                entries[i] = entries[i] with { Text = text.TrimStart(' ', '\t', '\n', '\r') };
            }
        }

        // From the end: a text before a block's start tag (whitespace dropped in between) loses its trailing whitespace.
        var lines = new List<string>();
        var blockNext = false;
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var (depth, line, text, block, inOpenHead, _) = entries[i];
            if (inOpenHead && text is not null)
            {
                // Text in a head that nothing has ended yet: the walk reads none there, and the stripper takes out its
                // whitespace.
                continue;
            }

            if (text is null)
            {
                lines.Add(new string(' ', depth) + line);
                blockNext = block;
                continue;
            }

            text = blockNext ? text.TrimEnd(' ', '\t', '\n', '\r') : text;
            if (text.Length > 0)
            {
                lines.Add(new string(' ', depth) + "Text [" + text + "]");
                blockNext = false;
            }
        }

        lines.Reverse();
        return string.Join('\n', lines);
    }

    /// <summary>A node of the parse in document order: an element's line, or a text; where it is, and what the stripper may cut of a text there.</summary>
    private readonly record struct ShapeEntry(int Depth, string? Line, string? Text, bool Block, bool InOpenHead, bool AfterPre);

    /// <summary>Void elements the walk skips unread: the stripper takes them out whole.</summary>
    private static bool IsUnreadVoid(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Element && (node.Name is "img" or "input" or "source" or "track" or "param" or "area" or "embed"
            || (node.Name is "link" && !node.Attributes.Any(static a => a.Name.Contains("canonical", StringComparison.OrdinalIgnoreCase)
                || (a.Value ?? string.Empty).Contains("canonical", StringComparison.OrdinalIgnoreCase)))
            || (node.Name is "meta" && !node.Attributes.Any(static a => PageMetadata.MetaNameParts.Any(part => a.Name.Contains(part, StringComparison.OrdinalIgnoreCase)
                || (a.Value ?? string.Empty).Contains(part, StringComparison.OrdinalIgnoreCase) || (a.Value ?? string.Empty).Contains('&', StringComparison.Ordinal)))));

    private static bool IsCode(HtmlNode node) =>
        node.Name is "style" || (node.Name is "script" && !node.Attributes.Any(static a => (a.Value ?? string.Empty).Contains("ld+json", StringComparison.OrdinalIgnoreCase)
            || (a.Value ?? string.Empty).Contains("template", StringComparison.OrdinalIgnoreCase) || (a.Value ?? string.Empty).Contains("html", StringComparison.OrdinalIgnoreCase)));
}
