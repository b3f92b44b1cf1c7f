using System.Collections.Frozen;
using NewsScrub.Languages;

namespace NewsScrub.Steps;

/// <summary>
/// Page furniture recognised by its shape rather than by an exact phrase, with each language's words
/// (<see cref="FurnitureWords"/>): a consent notice names cookies, asks for consent and speaks to the reader; an
/// ad-skip link names the ad and a skip verb; a comment prompt names comments and a prompt verb or a count; a photo
/// credit is a short "© Name / Agency". The page's language and English are asked, or every language when the page's
/// is unknown.
/// </summary>
internal sealed class FurnitureShapes
{
    private const int MaxNoticeWords = 70;

    private const int MaxLinkWords = 8;

    private const int MaxCreditWords = 10;

    private readonly FrozenDictionary<string, FurnitureWords[]> byLanguage;

    private readonly FurnitureWords[] all;

    public FurnitureShapes()
    {
        var units = LanguageCatalog.All.Where(static unit => unit.Furniture.IsComplete).ToArray();
        all = units.Select(static unit => unit.Furniture).ToArray();
        var english = LanguageCatalog.Find("en")?.Furniture;
        byLanguage = units.ToFrozenDictionary(
            static unit => unit.Code,
            unit => english is null || unit.Code == "en" ? [unit.Furniture] : new[] { unit.Furniture, english },
            StringComparer.Ordinal);
    }

    /// <summary>The category of furniture <paramref name="text"/> has the shape of, or null for none.</summary>
    public RemovalCategory? Classify(string text, string? language)
    {
        if (text.Length > 800)
        {
            return null;
        }

        if (IsCredit(text))
        {
            return RemovalCategory.PhotoCredit;
        }

        var words = Words(text);
        if (words.Count == 0 || words.Count > MaxNoticeWords)
        {
            return null;
        }

        foreach (var set in SetsFor(language))
        {
            if (IsConsentNotice(words, set))
            {
                return RemovalCategory.CookieNotice;
            }

            if (words.Count <= MaxLinkWords && !Text.TextShape.EndsSentence(text.TrimEnd('?')))
            {
                if (Has(words, set.Advertisement) && Has(words, set.Skip))
                {
                    return RemovalCategory.Advertisement;
                }

                if (Has(words, set.Comment) && (Has(words, set.Prompt) || words.Any(static word => char.IsAsciiDigit(word[0])) || words.All(word => set.Comment.Contains(word))))
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

    private static bool IsConsentNotice(List<string> words, FurnitureWords set) =>
        Has(words, set.Cookie) && Has(words, set.Consent) && Has(words, set.Reader);

    private static bool Has(List<string> words, FrozenSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        WordScanner.ForEachWord(text, ref words, static (word, ref list) =>
        {
            if (!word.IsEmpty)
            {
                list.Add(word.ToString());
            }
        });
        return words;
    }
}
