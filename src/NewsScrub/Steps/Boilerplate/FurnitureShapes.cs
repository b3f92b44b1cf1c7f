using System.Collections.Frozen;
using NewsScrub.Languages;

namespace NewsScrub.Steps;

/// <summary>
/// Page furniture recognised by its shape rather than by an exact phrase, with each language's words
/// (<see cref="FurnitureWords"/>): a consent notice names cookies, asks for consent and speaks to the reader; an
/// ad-skip link names the ad and a skip verb; a comment prompt names comments and a prompt verb or a count; a photo
/// credit is a short "© Name / Agency"; a subscription pitch names the newsletter or the inbox, a subscribe verb and the
/// reader ("Sign up for our daily newsletter to get the news delivered to your inbox"). The page's language and English
/// are asked, or every language when the page's is unknown.
/// </summary>
internal sealed class FurnitureShapes
{
    private const int MaxNoticeWords = 70;

    private const int MaxLinkWords = 8;

    private const int MaxCreditWords = 10;

    /// <summary>A pitch is a sentence or two; a paragraph that mentions a newsletter is prose.</summary>
    private const int MaxPitchWords = 40;

    private readonly FrozenDictionary<string, FurnitureWords[]> byLanguage;

    private readonly FurnitureWords[] all;

    public FurnitureShapes()
    {
        var units = LanguageCatalog.All.Where(static unit => unit.Furniture.IsComplete).ToArray();
        // A page of unknown language is read with every language's words at once: one scan, not thirty.
        FrozenSet<string> Union(Func<FurnitureWords, FrozenSet<string>> list) => units.SelectMany(unit => list(unit.Furniture)).ToFrozenSet(StringComparer.Ordinal);
        all = [new FurnitureWords(Union(static f => f.Cookie), Union(static f => f.Consent), Union(static f => f.Advertisement), Union(static f => f.Skip), Union(static f => f.Comment), Union(static f => f.Prompt), Union(static f => f.Reader), Union(static f => f.Newsletter), Union(static f => f.Subscribe))];
        var english = LanguageCatalog.Find("en")?.Furniture;
        byLanguage = units.ToFrozenDictionary(
            static unit => unit.Code,
            unit => english is null || unit.Code == "en" ? [unit.Furniture] : new[] { unit.Furniture, english },
            StringComparer.Ordinal);
    }

    /// <summary>The category of furniture <paramref name="text"/> has the shape of, or null for none. Allocates nothing.</summary>
    public RemovalCategory? Classify(string text, string? language)
    {
        if (text.Length > 800)
        {
            return null;
        }

        if (text.Length > 0 && (text[0] == '©' || text[0] == '(') && IsCredit(text))
        {
            return RemovalCategory.PhotoCredit;
        }

        if (IsImageAddress(text))
        {
            return RemovalCategory.Other;
        }

        // Most lines are prose: more words than a link holds, and no cookie word, so nothing to find. Counting spaces
        // and one lookup per word rule them out before the full scan.
        var spaces = text.AsSpan().Count(' ');
        if (spaces >= MaxNoticeWords)
        {
            return null;
        }

        foreach (var set in SetsFor(language))
        {
            if (spaces >= MaxLinkWords && !HasNoticeWord(text, set))
            {
                continue;
            }

            var found = Scan(text, set);
            if (found.Words == 0 || found.Words > MaxNoticeWords)
            {
                return null;
            }

            if (found.Has(Found.Cookie | Found.Consent | Found.Reader))
            {
                return RemovalCategory.CookieNotice;
            }

            if (found.Words <= MaxPitchWords && found.Has(Found.Newsletter | Found.Subscribe | Found.Reader))
            {
                return RemovalCategory.Newsletter;
            }

            if (found.Words <= MaxLinkWords && !Text.TextShape.EndsSentence(text.AsSpan().TrimEnd('?')))
            {
                if (found.Has(Found.Advertisement | Found.Skip))
                {
                    return RemovalCategory.Advertisement;
                }

                if (found.Has(Found.Comment) && (found.Has(Found.Prompt) || found.Has(Found.Number) || found.CommentWords == found.Words))
                {
                    return RemovalCategory.Comments;
                }
            }
        }

        return null;
    }

    /// <summary>"© Jane Doe / AFP", "(c) Reuters": a copyright mark before a short run of names, without a year (a footer has one).</summary>
    public static bool IsCredit(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.StartsWith("©"))
        {
            span = span[1..];
        }
        else if (span.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
        {
            span = span[3..];
        }
        else
        {
            return false;
        }

        var rest = span.Trim().ToString();
        if (rest.Length == 0 || rest.Any(char.IsAsciiDigit))
        {
            return false;
        }

        // One bare name ("© Regan") signs a blog as often as a photo; a credit names a person and an agency, or two.
        var names = rest.Replace('/', ' ').Replace(',', ' ').Replace('-', ' ');
        return Text.TextShape.IsNameLike(names, MaxCreditWords) && (rest.Contains('/', StringComparison.Ordinal) || Languages.WordScanner.CountWords(names) >= 2);
    }

    /// <summary>
    /// A line that is only the address of an image file ("https://cdn.example.com/a/photo-500.jpg"): markup or a
    /// scraper spilled an attribute into the text. Neither corpus has one in its gold; other bare links (a cited source)
    /// can be content and stay.
    /// </summary>
    public static bool IsImageAddress(string text)
    {
        var span = text.AsSpan().Trim();
        if (!(span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("//", StringComparison.Ordinal) || span.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            || span.ContainsAny(Whitespace))
        {
            return false;
        }

        var end = span.IndexOfAny('?', '#');
        var path = end < 0 ? span : span[..end];
        foreach (var extension in ImageExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\n\r\u00A0");

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"];

    /// <summary>The part of a caption line before its trailing credit ("A ship at the quay. © Jane Doe / AFP"), or null.</summary>
    public static string? CaptionBeforeCredit(string text)
    {
        var mark = text.LastIndexOf('©');
        if (mark < 12 || !IsCredit(text[mark..]))
        {
            return null;
        }

        var caption = text[..mark].TrimEnd(' ', '-', '–', '|', '/');
        return Languages.WordScanner.CountWords(caption) >= 3 ? caption : null;
    }

    private FurnitureWords[] SetsFor(string? language) =>
        language is not null && byLanguage.TryGetValue(language, out var sets) ? sets : all;

    /// <summary>Whether a line names cookies or a newsletter: only then can a line longer than a link be furniture.</summary>
    private static bool HasNoticeWord(string text, FurnitureWords set)
    {
        var state = (Found: false, Lookup: set.Lookups.Notice);
        WordScanner.ForEachWord(text, ref state, static (word, ref s) => s.Found |= !word.IsEmpty && s.Lookup.Contains(word), MaxScanLength);
        return state.Found;
    }

    /// <summary>One pass over the words of <paramref name="text"/>: which of the set's lists they touch.</summary>
    private static Found Scan(string text, FurnitureWords set)
    {
        var state = (Found: default(Found), Lookups: set.Lookups);
        WordScanner.ForEachWord(text, ref state, static (word, ref s) =>
        {
            s.Found.Words++;
            if (word.IsEmpty)
            {
                return;
            }

            var flags = s.Found.Flags;
            var lookups = s.Lookups;
            if (char.IsAsciiDigit(word[0]))
            {
                flags |= Found.Number;
            }

            if (lookups.Cookie.Contains(word))
            {
                flags |= Found.Cookie;
            }

            if (lookups.Consent.Contains(word))
            {
                flags |= Found.Consent;
            }

            if (lookups.Reader.Contains(word))
            {
                flags |= Found.Reader;
            }

            if (lookups.Advertisement.Contains(word))
            {
                flags |= Found.Advertisement;
            }

            if (lookups.Skip.Contains(word))
            {
                flags |= Found.Skip;
            }

            if (lookups.Comment.Contains(word))
            {
                flags |= Found.Comment;
                s.Found.CommentWords++;
            }

            if (lookups.Prompt.Contains(word))
            {
                flags |= Found.Prompt;
            }

            if (lookups.Newsletter.Contains(word))
            {
                flags |= Found.Newsletter;
            }

            if (lookups.Subscribe.Contains(word))
            {
                flags |= Found.Subscribe;
            }

            s.Found.Flags = flags;
        }, MaxScanLength);
        return state.Found;
    }

    private const int MaxScanLength = 800;

    private struct Found
    {
        public const int Cookie = 1, Consent = 2, Reader = 4, Advertisement = 8, Skip = 16, Comment = 32, Prompt = 64, Number = 128, Newsletter = 256, Subscribe = 512;

        public int Flags;
        public int Words;
        public int CommentWords;

        public readonly bool Has(int all) => (Flags & all) == all;
    }
}
