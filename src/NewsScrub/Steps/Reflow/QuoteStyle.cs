using System.Collections.Frozen;
using NewsScrub.Languages;

namespace NewsScrub.Steps;

/// <summary>
/// Which characters open a quotation and which close it, for one language: its own pairs from its unit (German
/// „…“ and »…«, French «…», Polish „…”, Swedish ”…”) over the common ones (« », „ “, “ ”, ‹ ›, 「 」, 『 』, and the
/// straight <c>"</c>). A pair whose two marks are one character opens at the start of a line or after a space or
/// bracket, and closes otherwise. Immutable.
/// </summary>
internal sealed class QuoteStyle
{
    private static readonly (char Open, char Close)[] Common = [('«', '»'), ('„', '“'), ('“', '”'), ('‹', '›'), ('「', '」'), ('『', '』'), ('"', '"')];

    private static readonly Lazy<FrozenDictionary<string, QuoteStyle>> LazyByLanguage = new(static () =>
        LanguageCatalog.All.ToFrozenDictionary(static unit => unit.Code, static unit => new QuoteStyle(unit.Quotes), StringComparer.Ordinal));

    private readonly FrozenDictionary<char, char> closerOf;

    private readonly FrozenSet<char> closers;

    private QuoteStyle(IReadOnlyList<(char Open, char Close)> own)
    {
        var map = new Dictionary<char, char>();
        var ownClosers = own.Where(static pair => pair.Open != pair.Close && !IsSingleQuote(pair.Close)).Select(static pair => pair.Close).ToHashSet();
        foreach (var (open, close) in Common)
        {
            // German »…« closes with the mark that opens French «…»: the language's own use wins.
            if (!ownClosers.Contains(open))
            {
                map[open] = close;
            }
        }

        foreach (var (open, close) in own)
        {
            // Single quotes are mostly apostrophes ("it’s"): tracking them would close quotations mid-word.
            if (!IsSingleQuote(open) && !IsSingleQuote(close))
            {
                map[open] = close;
            }
        }

        closerOf = map.ToFrozenDictionary();
        closers = map.Values.ToFrozenSet();
    }

    /// <summary>The common marks, for text of unknown language.</summary>
    public static QuoteStyle Default { get; } = new([]);

    public static QuoteStyle For(string? language) =>
        LanguageCatalog.Find(language) is { } unit && LazyByLanguage.Value.TryGetValue(unit.Code, out var style) ? style : Default;

    /// <summary>The mark that closes a quotation <paramref name="open"/> opens, or '\0' when it opens none.</summary>
    public char CloserOf(char open) => closerOf.GetValueOrDefault(open);

    /// <summary>Whether <paramref name="c"/> opens a quotation.</summary>
    public bool IsOpener(char c) => closerOf.ContainsKey(c);

    /// <summary>Whether <paramref name="c"/> can close a quotation.</summary>
    public bool IsCloser(char c) => closers.Contains(c);

    private static bool IsSingleQuote(char c) => c is '\'' or '‘' or '’' or '‚' or '‛';

    /// <summary>A mark that both opens and closes (<c>"</c>, Swedish <c>”</c>).</summary>
    public bool IsSymmetric(char c) => closerOf.TryGetValue(c, out var close) && close == c;
}
