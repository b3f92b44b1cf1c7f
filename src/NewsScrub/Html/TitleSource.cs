using NewsScrub.Internal;
using NewsScrub.Languages;

namespace NewsScrub.Html;

/// <summary>
/// The headline: <c>og:title</c>, JSON-LD <c>headline</c>, the article's <c>h1</c>, or <c>&lt;title&gt;</c>, each without
/// the site name. Also recognises the blocks that repeat it, so the body does not start with the headline.
/// </summary>
internal sealed class TitleSource
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " » ", " « ", " |", "| "];

    private readonly HashSet<string> forms = new(StringComparer.Ordinal);

    private TitleSource(string? title) => Title = title;

    public string? Title { get; }

    /// <summary>The block index of the headline in the page (the first heading that repeats the title, else the first h1), or -1.</summary>
    public int Anchor { get; private set; } = -1;

    public static TitleSource Resolve(PageMetadata metadata, PageWalker page)
    {
        var site = metadata.SiteName;
        var og = StripSiteName(metadata.OgTitle, site);
        var headline = StripSiteName(metadata.JsonLdHeadline, site);
        var element = StripSiteName(metadata.TitleElement, site);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in new[] { og, headline, element, metadata.OgTitle, metadata.TitleElement, metadata.JsonLdHeadline })
        {
            if (form is not null && Normalize(form) is { Length: > 0 } normal)
            {
                forms.Add(normal);
            }
        }

        // The headline in the page: a heading that repeats a title form, else the first h1.
        var anchor = -1;
        var firstH1 = -1;
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var block = page.Blocks[b];
            if (block.HeadingLevel == 0 || page.Elements[block.Owner].NearestFurniture >= 0 || WordScanner.CountWords(block.Text) == 0)
            {
                continue;
            }

            if (block.HeadingLevel == 1 && firstH1 < 0)
            {
                firstH1 = b;
            }

            if (block.HeadingLevel <= 3 && IsForm(forms, block.Text))
            {
                anchor = b;
                break;
            }
        }

        anchor = anchor >= 0 ? anchor : firstH1;
        var h1 = anchor >= 0 ? page.Blocks[anchor].Text : null;
        var source = new TitleSource(og ?? h1 ?? headline ?? element) { Anchor = anchor };
        source.forms.UnionWith(forms);
        if (h1 is not null)
        {
            source.forms.Add(Normalize(h1));
        }

        return source;
    }

    /// <summary>The block repeats the headline (a heading, or a short line equal to one of the title's forms).</summary>
    public bool IsTitle(PageBlock block)
    {
        if (forms.Count == 0 || block.Text.Length > 300)
        {
            return false;
        }

        return IsForm(forms, block.Text) && (block.Has(ElementFlags.InHeading) || block.Text.Length >= 15);
    }

    public static string? StripSiteName(string? title, string? site)
    {
        if (title is null)
        {
            return null;
        }

        if (site is { Length: > 0 })
        {
            foreach (var separator in Separators)
            {
                if (title.EndsWith(separator.TrimEnd() + " " + site, StringComparison.OrdinalIgnoreCase) || title.EndsWith(separator + site, StringComparison.OrdinalIgnoreCase))
                {
                    var cut = title.LastIndexOf(site, StringComparison.OrdinalIgnoreCase);
                    var rest = title[..cut].TrimEnd().TrimEnd('|', '-', '–', '—', ':', '·', '•', '/', '»', '«').TrimEnd();
                    if (rest.Length > 0)
                    {
                        return rest;
                    }
                }

                if (title.StartsWith(site + separator, StringComparison.OrdinalIgnoreCase))
                {
                    var rest = title[(site.Length + separator.Length)..].Trim();
                    if (rest.Length > 0)
                    {
                        return rest;
                    }
                }
            }
        }

        // "Headline | Site": a short last part after a separator is the site name.
        foreach (var separator in Separators[..6])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = title[..at].Trim();
            var tail = title[(at + separator.Length)..].Trim();
            if (WordScanner.CountWords(tail) <= 4 && WordScanner.CountWords(head) >= 3 && head.Length > tail.Length)
            {
                return StripSiteName(head, null);
            }
        }

        return title;
    }

    /// <summary>Whether the text, normalised, is one of the forms; without building a string (every short block asks).</summary>
    private static bool IsForm(HashSet<string> forms, string text)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        return forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Normalize(text, buffer));
    }

    private static string Normalize(string text) => new(Normalize(text, new char[text.Length]));

    /// <summary>The text's letters and digits, lower-cased, written into <paramref name="buffer"/> (at least as long as the text).</summary>
    private static ReadOnlySpan<char> Normalize(string text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..length];
    }
}
