using System.Text;

namespace NewsScrub.Tests.Html;

/// <summary>Bytes in any charset: BOM, then the page's own declaration, then the caller's Content-Type, then detection.</summary>
public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Samples => new()
    {
        { "windows-1252", "Le café était déjà fermé à l'aube, où naïve Zoë attendait son frère Noël." },
        { "iso-8859-1", "Die Straße führt über die Brücke zur Küste, während Jürgen wartet." },
        { "iso-8859-2", "Zażółć gęślą jaźń, powiedział Łukasz w Gdańsku przed świętami." },
        { "iso-8859-15", "Le prix est de 20 € pour l'œuvre complète, dit Œdipe." },
        { "shift_jis", "今日は東京で新しい図書館が開館し、多くの人々が訪れました。" },
        { "koi8-r", "Сегодня в Москве открылась новая библиотека, и её посетили многие." },
        { "windows-1251", "Вчера в Киеве прошла большая выставка современного искусства." },
        { "gb2312", "今天北京开放了一个新的图书馆，很多人去参观了。" },
        { "euc-kr", "오늘 서울에서 새로운 도서관이 문을 열었고 많은 사람들이 방문했습니다." },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Charset_declared_by_meta_charset_is_used(string charset, string sentence)
    {
        var html = $"<html><head><meta charset=\"{charset}\"><title>t</title></head><body><article><p>{sentence}</p></article></body></html>";
        var article = ScrubPipeline.Default.CleanHtml(Encoding.GetEncoding(charset).GetBytes(html));
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Charset_declared_by_http_equiv_is_used(string charset, string sentence)
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head><body><p>{sentence}</p></body></html>";
        var article = ScrubPipeline.Default.CleanHtml(Encoding.GetEncoding(charset).GetBytes(html));
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Charset_from_content_type_is_used_when_the_page_declares_none(string charset, string sentence)
    {
        var html = $"<html><head><title>t</title></head><body><p>{sentence}</p></body></html>";
        var article = ScrubPipeline.Default.CleanHtml(Encoding.GetEncoding(charset).GetBytes(html), $"text/html; charset=\"{charset.ToUpperInvariant()}\"", null);
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_declaration_wins_over_content_type()
    {
        const string sentence = "Сегодня в Москве открылась новая библиотека, и её посетили многие.";
        var html = $"<html><head><meta charset=koi8-r></head><body><p>{sentence}</p></body></html>";
        var article = ScrubPipeline.Default.CleanHtml(Encoding.GetEncoding("koi8-r").GetBytes(html), "text/html; charset=windows-1251", null);
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_input_reads_the_content_type()
    {
        const string sentence = "今日は東京で新しい図書館が開館し、多くの人々が訪れました。";
        using var stream = new MemoryStream(Encoding.GetEncoding("shift_jis").GetBytes($"<html><body><p>{sentence}</p></body></html>"));
        var article = ScrubPipeline.Default.CleanHtml(stream, "text/html;charset=Shift_JIS", null);
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Byte_order_mark_wins_over_everything(string charset)
    {
        const string sentence = "Zoë’s café — “naïve” façade, 東京, Москва.";
        var encoding = Encoding.GetEncoding(charset);
        var html = $"<html><head><meta charset=\"windows-1252\"></head><body><p>{sentence}</p></body></html>";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(html)).ToArray();
        var article = ScrubPipeline.Default.CleanHtml(bytes, "text/html; charset=iso-8859-1", null);
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("koi8-r", "Сегодня в Москве открылась новая библиотека, и её посетили многие люди из разных городов страны.")]
    [InlineData("windows-1251", "Сегодня в Москве открылась новая библиотека, и её посетили многие люди из разных городов страны.")]
    [InlineData("windows-1252", "Le café était déjà fermé à l'aube, où naïve Zoë attendait son frère.")]
    [InlineData("shift_jis", "今日は東京で新しい図書館が開館し、多くの人々が訪れました。ありがとうございます。")]
    public void Undeclared_charset_is_detected(string charset, string sentence)
    {
        var html = $"<html><body><p>{sentence}</p><p>{sentence}</p></body></html>";
        var article = ScrubPipeline.Default.CleanHtml(Encoding.GetEncoding(charset).GetBytes(html));
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_declared_charset_falls_back_to_detection()
    {
        const string sentence = "Plain UTF-8 text with an “unknown” charset label, café.";
        var article = ScrubPipeline.Default.CleanHtml(Encoding.UTF8.GetBytes($"<html><head><meta charset=\"x-no-such-charset\"></head><body><p>{sentence}</p></body></html>"));
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

}
