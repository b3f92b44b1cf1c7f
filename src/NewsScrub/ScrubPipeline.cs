using NewsScrub.Html;
using NewsScrub.Internal;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub;

/// <summary>
/// A configured, immutable cleaning pipeline. Build one with <see cref="ScrubPipelineBuilder"/> (or use
/// <see cref="Default"/>) and reuse it: it is thread-safe, and every call works on its own document.
/// </summary>
public sealed class ScrubPipeline
{
    private static readonly Lazy<ScrubPipeline> LazyDefault = new(static () => ScrubPipelineBuilder.CreateDefault().Build());

    private readonly IScrubStep[] steps;

    internal ScrubPipeline(IScrubStep[] steps) => this.steps = steps;

    /// <summary>The standard pipeline with default options, built once.</summary>
    public static ScrubPipeline Default => LazyDefault.Value;

    /// <summary>The names of the steps, in the order they run.</summary>
    public IReadOnlyList<string> StepNames => Array.ConvertAll(steps, static step => step.Name);

    /// <summary>Cleans a page whose format is given or detected.</summary>
    /// <param name="input">The page: HTML or already-scraped text.</param>
    /// <param name="format">The input's format; <see cref="InputFormat.Auto"/> decides from the content.</param>
    /// <param name="language">An ISO 639-1 code that overrides detection, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code, or <paramref name="format"/> is undefined.</exception>
    public Article Clean(string input, InputFormat format = InputFormat.Auto, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return format switch
        {
            InputFormat.Text => CleanText(input, language),
            InputFormat.Html => CleanHtml(input, language),
            InputFormat.Auto => FormatSniffer.LooksLikeHtml(input) ? CleanHtml(input, language) : CleanText(input, language),
            _ => throw new ArgumentException($"Unknown input format {format}.", nameof(format)),
        };
    }

    /// <summary>Cleans already-scraped text (blocks separated by line breaks).</summary>
    /// <param name="text">The scraped text.</param>
    /// <param name="language">An ISO 639-1 code that overrides detection, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    public Article CleanText(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = ValidateLanguage(language);
        return Run(PlainTextReader.Read(text), code);
    }

    /// <summary>Extracts and cleans the article of an HTML page given as a string.</summary>
    /// <param name="html">The page's markup.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public Article CleanHtml(string html) => CleanHtml(html, language: null);

    /// <summary>Extracts and cleans the article of an HTML page given as a string.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="language">An ISO 639-1 code that overrides the page's declaration and detection, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    public Article CleanHtml(string html, string? language)
    {
        ArgumentNullException.ThrowIfNull(html);
        var code = ValidateLanguage(language);
        return Run(HtmlPageReader.Read(html), code);
    }

    /// <summary>Extracts and cleans the article of an HTML page given as bytes; the charset comes from the page or is detected.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public Article CleanHtml(byte[] html) => CleanHtml(html, contentType: null, language: null);

    /// <summary>Extracts and cleans the article of an HTML page given as bytes in any charset.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header the page was served with, if known (or null); used when the page declares no charset.</param>
    /// <param name="language">An ISO 639-1 code that overrides the page's declaration and detection, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    public Article CleanHtml(byte[] html, string? contentType, string? language)
    {
        ArgumentNullException.ThrowIfNull(html);
        var code = ValidateLanguage(language);
        return Run(HtmlPageReader.Read(HtmlDecoder.Decode(html, contentType)), code);
    }

    /// <summary>Extracts and cleans the article of an HTML page read from a stream (read to its end, not disposed).</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header the page was served with, if known (or null).</param>
    /// <param name="language">An ISO 639-1 code that overrides the page's declaration and detection, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    public Article CleanHtml(Stream html, string? contentType, string? language)
    {
        ArgumentNullException.ThrowIfNull(html);
        var code = ValidateLanguage(language);
        using var buffer = new MemoryStream();
        html.CopyTo(buffer);
        return Run(HtmlPageReader.Read(HtmlDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), contentType)), code);
    }

    private Article Run(ScrubDocument document, string? language)
    {
        if (language is not null)
        {
            document.Language = language;
            document.LanguageForced = true;
        }
        else
        {
            document.Language ??= LanguageDetector.Detect(document.Segments.Select(static segment => segment.Text));
        }

        foreach (var step in steps)
        {
            step.Apply(document);
        }

        return document.ToArticle();
    }

    private static string? ValidateLanguage(string? language)
    {
        if (language is null)
        {
            return null;
        }

        var code = LanguageProfiles.BaseCode(language);
        if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower))
        {
            throw new ArgumentException($"'{language}' is not an ISO 639 language code.", nameof(language));
        }

        return code;
    }
}
