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

    internal ScrubPipeline(IScrubStep[] steps, long maxPageBytes = ScrubPipelineBuilder.MaxPageBytesLimit)
    {
        this.steps = steps;
        MaxPageBytes = maxPageBytes;
    }

    /// <summary>The largest page this pipeline reads (bytes; characters for a string), see <see cref="ScrubPipelineBuilder.MaxPageBytes"/>.</summary>
    public long MaxPageBytes { get; }

    /// <summary>The standard pipeline with default options, built once.</summary>
    public static ScrubPipeline Default => LazyDefault.Value;

    /// <summary>The steps, in the order they run (for the benchmarks' step timings).</summary>
    internal IReadOnlyList<IScrubStep> Steps => steps;

    /// <summary>The names of the steps, in the order they run.</summary>
    public IReadOnlyList<string> StepNames => Array.ConvertAll(steps, static step => step.Name);

    /// <summary>Cleans a page whose format is given or detected.</summary>
    /// <param name="input">The page: HTML or already-scraped text.</param>
    /// <param name="format">The input's format; <see cref="InputFormat.Auto"/> decides from the content.</param>
    /// <param name="language">An ISO 639-1 code that overrides detection, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked between reading and each step: a large page can be cancelled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code, or <paramref name="format"/> is undefined.</exception>
    /// <exception cref="InvalidDataException">The page is longer than <see cref="MaxPageBytes"/>, or is binary data.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article Clean(string input, InputFormat format = InputFormat.Auto, string? language = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return format switch
        {
            InputFormat.Text => CleanText(input, language, cancellationToken),
            InputFormat.Html => CleanHtml(input, language, cancellationToken),
            InputFormat.Auto => FormatSniffer.LooksLikeHtml(input) ? CleanHtml(input, language, cancellationToken) : CleanText(input, language, cancellationToken),
            _ => throw new ArgumentException($"Unknown input format {format}.", nameof(format)),
        };
    }

    /// <summary>Cleans already-scraped text (blocks separated by line breaks).</summary>
    /// <param name="text">The scraped text.</param>
    /// <param name="language">An ISO 639-1 code that overrides detection, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked between reading and each step: a large text can be cancelled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    /// <exception cref="InvalidDataException">The text is longer than <see cref="MaxPageBytes"/> characters.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article CleanText(string text, string? language = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = ValidateLanguage(language);
        CheckSize(text.Length);
        cancellationToken.ThrowIfCancellationRequested();
        return Run(PlainTextReader.Read(text), code, cancellationToken);
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
    /// <exception cref="InvalidDataException">The page is longer than <see cref="MaxPageBytes"/> characters, or is binary data.</exception>
    public Article CleanHtml(string html, string? language) => CleanHtml(html, language, CancellationToken.None);

    /// <summary>Extracts and cleans the article of an HTML page given as a string; a large page can be cancelled between phases.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="language">An ISO 639-1 code that overrides the page's declaration and detection, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked between reading and each step.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    /// <exception cref="InvalidDataException">The page is longer than <see cref="MaxPageBytes"/> characters, or is binary data.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article CleanHtml(string html, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var code = ValidateLanguage(language);
        CheckSize(html.Length);
        cancellationToken.ThrowIfCancellationRequested();
        return Run(HtmlPageReader.Read(html), code, cancellationToken);
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
    /// <exception cref="InvalidDataException">The page is larger than <see cref="MaxPageBytes"/>, or is binary data.</exception>
    public Article CleanHtml(byte[] html, string? contentType, string? language) => CleanHtml(html, contentType, language, CancellationToken.None);

    /// <summary>Extracts and cleans the article of an HTML page given as bytes in any charset; a large page can be cancelled between phases.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header the page was served with, if known (or null); used when the page declares no charset.</param>
    /// <param name="language">An ISO 639-1 code that overrides the page's declaration and detection, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked between decoding, reading and each step.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    /// <exception cref="InvalidDataException">The page is larger than <see cref="MaxPageBytes"/>, or is binary data.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article CleanHtml(byte[] html, string? contentType, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var code = ValidateLanguage(language);
        CheckSize(html.Length);
        return CleanHtmlBytes(html, contentType, code, cancellationToken);
    }

    /// <summary>Extracts and cleans the article of an HTML page read from a stream (read to its end, not disposed).</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header the page was served with, if known (or null).</param>
    /// <param name="language">An ISO 639-1 code that overrides the page's declaration and detection, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    /// <exception cref="InvalidDataException">The stream holds more than <see cref="MaxPageBytes"/> bytes (reading stops there), or binary data.</exception>
    public Article CleanHtml(Stream html, string? contentType, string? language) => CleanHtml(html, contentType, language, CancellationToken.None);

    /// <summary>
    /// Extracts and cleans the article of an HTML page read from a stream (read to its end, not disposed), reading
    /// no more than <see cref="MaxPageBytes"/>; reading and the steps can be cancelled.
    /// </summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header the page was served with, if known (or null).</param>
    /// <param name="language">An ISO 639-1 code that overrides the page's declaration and detection, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked while reading, then between decoding, reading and each step.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language code.</exception>
    /// <exception cref="InvalidDataException">The stream holds more than <see cref="MaxPageBytes"/> bytes (reading stops there), or binary data.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article CleanHtml(Stream html, string? contentType, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var code = ValidateLanguage(language);
        var bytes = BoundedStream.ReadAll(html, MaxPageBytes, cancellationToken);
        return CleanHtmlBytes(bytes, contentType, code, cancellationToken);
    }

    private Article CleanHtmlBytes(ReadOnlySpan<byte> html, string? contentType, string? code, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var decoded = HtmlDecoder.Decode(html, contentType);
        cancellationToken.ThrowIfCancellationRequested();
        return Run(HtmlPageReader.Read(decoded), code, cancellationToken);
    }

    private void CheckSize(long length)
    {
        if (length > MaxPageBytes)
        {
            throw BoundedStream.TooLarge(length, MaxPageBytes);
        }
    }

    internal Article Run(ScrubDocument document, string? language, CancellationToken cancellationToken) =>
        Process(document, language, cancellationToken).ToArticle();

    /// <summary>Reads a page and runs the steps on it, returning the working document (for the training tool and diagnostics).</summary>
    internal ScrubDocument Prepare(string input, InputFormat format, string? language = null) =>
        Process(format == InputFormat.Html || (format == InputFormat.Auto && FormatSniffer.LooksLikeHtml(input)) ? HtmlPageReader.Read(input) : PlainTextReader.Read(input), language, CancellationToken.None);

    private ScrubDocument Process(ScrubDocument document, string? language, CancellationToken cancellationToken)
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
            cancellationToken.ThrowIfCancellationRequested();
            step.Apply(document);
        }

        return document;
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
