using System.Text;
using NewsScrub.Tests.Support;

namespace NewsScrub.Tests.Html;

/// <summary>Random markup, well-formed or not: every input gives an article or the binary-data error, never a crash.</summary>
public sealed class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "<div>", "</div>", "<p>", "</p>", "<span class=\"share\">", "</span>", "<a href=\"/x\">", "</a>", "<article>", "</article>",
        "<ul><li>", "</li>", "<table><tr><td>", "</td></tr></table>", "<br>", "<br/>", "<hr>", "<script>var a = '<p>';</script>",
        "<style>p{}</style>", "<!-- c -->", "<!--", "-->", "<![CDATA[x]]>", "<!DOCTYPE html>", "<h1>", "</h1>", "<h2>Sub</h2>",
        "<meta charset=\"utf-8\">", "<meta property=\"og:title\" content=\"T &amp; U\">", "<title>", "</title>", "<nav>", "</nav>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"x\\uD800\",\"headline\":[1,2]}</script>",
        "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"Article\"],\"datePublished\":\"not a date\",\"author\":[{\"name\":1}]}]</script>",
        "<time datetime=\"2019-13-45\">", "<div hidden>", "<div style=\"display:none\">", "<figure><figcaption>Cap</figcaption></figure>",
        "<pre>a\nb\n</pre>", "<blockquote>", "</blockquote>", "<frameset>", "<frame src=x>", "<noframes>", "<body>", "</body>",
        "<html lang=\"xx-YY\">", "</html>", "<head>", "</head>", "<select><option>o</select>", "<textarea>", "<iframe>", "<svg><text>s</text></svg>",
        "&amp;", "&nbsp;", "&#0;", "&#xD800;", "&#99999999;", "&bogus;", "&", "<", ">", "\"", "'", "=", "\u00AD", "\u200B", "\uFEFF", "\uD800",
        "The council approved the new budget on Tuesday after a long debate.", " words ", "“Quoted.”", "東京", "Москва", "\n", "\t",
    ];

    [Fact]
    public void Random_markup_never_crashes()
    {
        var random = new Random(20261124);
        for (var round = 0; round < 1500; round++)
        {
            var html = RandomMarkup.Page(random, Pieces, 80);
            var article = ScrubPipeline.Default.CleanHtml(html);
            Assert.NotNull(article);
            var bytes = Encoding.UTF8.GetBytes(html);
            Assert.NotNull(ScrubPipeline.Default.CleanHtml(bytes, round % 3 == 0 ? "text/html; charset=" + (round % 2 == 0 ? "koi8-r" : "bogus") : null, null));
        }
    }

    [Fact]
    public void Random_bytes_give_an_article_or_the_binary_error()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            if (round % 2 == 0)
            {
                // Mostly text with a few stray high bytes.
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = bytes[i] < 0xF0 ? (byte)(0x20 + (bytes[i] % 0x5E)) : bytes[i];
                }
            }

            try
            {
                Assert.NotNull(ScrubPipeline.Default.CleanHtml(bytes));
            }
            catch (InvalidDataException exception)
            {
                Assert.Contains("binary", exception.Message, StringComparison.Ordinal);
            }
        }
    }
}
