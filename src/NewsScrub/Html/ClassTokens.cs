using System.Buffers;
using System.Collections.Frozen;
using NewsScrub.Internal;

namespace NewsScrub.Html;

/// <summary>
/// Reads class and id names the way trafilatura's and Readability's lists do, but by whole name parts:
/// <c>social-share-bar</c> has the parts social, share and bar, <c>relatedPosts</c> has related and posts, so
/// "ad" matches <c>ad-slot</c> and never <c>header</c> or <c>shadow</c>.
/// </summary>
internal static class ClassTokens
{
    private static readonly FrozenDictionary<string, TokenSignal> Parts = new Dictionary<string, TokenSignal>(StringComparer.Ordinal)
    {
        ["nav"] = TokenSignal.Navigation, ["navbar"] = TokenSignal.Navigation, ["navigation"] = TokenSignal.Navigation,
        ["menu"] = TokenSignal.Navigation, ["menubar"] = TokenSignal.Navigation, ["breadcrumb"] = TokenSignal.Navigation,
        ["breadcrumbs"] = TokenSignal.Navigation, ["footer"] = TokenSignal.Navigation, ["sidebar"] = TokenSignal.Navigation,
        ["masthead"] = TokenSignal.Navigation, ["topbar"] = TokenSignal.Navigation, ["toolbar"] = TokenSignal.Navigation,
        ["pagination"] = TokenSignal.Navigation, ["pager"] = TokenSignal.Navigation, ["skiplink"] = TokenSignal.Navigation,
        ["sitemap"] = TokenSignal.Navigation, ["subnav"] = TokenSignal.Navigation, ["widget"] = TokenSignal.Navigation,
        ["widgets"] = TokenSignal.Navigation, ["rail"] = TokenSignal.Navigation, ["jump"] = TokenSignal.Navigation,

        ["share"] = TokenSignal.Share, ["shares"] = TokenSignal.Share, ["sharing"] = TokenSignal.Share, ["sharebar"] = TokenSignal.Share,
        ["social"] = TokenSignal.Share, ["socials"] = TokenSignal.Share, ["sociable"] = TokenSignal.Share, ["addthis"] = TokenSignal.Share,
        ["sharethis"] = TokenSignal.Share, ["shareaholic"] = TokenSignal.Share, ["follow"] = TokenSignal.Share, ["sharetools"] = TokenSignal.Share,
        ["syndication"] = TokenSignal.Share, ["viral"] = TokenSignal.Share,

        ["newsletter"] = TokenSignal.Newsletter, ["newsletters"] = TokenSignal.Newsletter, ["subscribe"] = TokenSignal.Newsletter,
        ["subscription"] = TokenSignal.Newsletter, ["signup"] = TokenSignal.Newsletter, ["optin"] = TokenSignal.Newsletter,
        ["mailchimp"] = TokenSignal.Newsletter, ["mc4wp"] = TokenSignal.Newsletter,

        ["related"] = TokenSignal.Related, ["recommended"] = TokenSignal.Related, ["recommendations"] = TokenSignal.Related,
        ["recirc"] = TokenSignal.Related, ["recirculation"] = TokenSignal.Related, ["popular"] = TokenSignal.Related,
        ["trending"] = TokenSignal.Related, ["mostread"] = TokenSignal.Related, ["mostpopular"] = TokenSignal.Related,
        ["outbrain"] = TokenSignal.Related, ["taboola"] = TokenSignal.Related, ["readmore"] = TokenSignal.Related,
        ["teaser"] = TokenSignal.Related, ["teasers"] = TokenSignal.Related, ["zergnet"] = TokenSignal.Related,

        ["ad"] = TokenSignal.Advertisement, ["ads"] = TokenSignal.Advertisement, ["adv"] = TokenSignal.Advertisement,
        ["advert"] = TokenSignal.Advertisement, ["adverts"] = TokenSignal.Advertisement, ["advertisement"] = TokenSignal.Advertisement,
        ["advertising"] = TokenSignal.Advertisement, ["adsense"] = TokenSignal.Advertisement, ["adslot"] = TokenSignal.Advertisement,
        ["adunit"] = TokenSignal.Advertisement, ["adwrap"] = TokenSignal.Advertisement, ["adcontainer"] = TokenSignal.Advertisement,
        ["dfp"] = TokenSignal.Advertisement, ["gpt"] = TokenSignal.Advertisement, ["sponsor"] = TokenSignal.Advertisement,
        ["sponsored"] = TokenSignal.Advertisement, ["promo"] = TokenSignal.Advertisement, ["promos"] = TokenSignal.Advertisement,
        ["promoted"] = TokenSignal.Advertisement, ["banner"] = TokenSignal.Advertisement, ["doubleclick"] = TokenSignal.Advertisement,
        ["commercial"] = TokenSignal.Advertisement, ["criteo"] = TokenSignal.Advertisement, ["adblock"] = TokenSignal.Advertisement,

        ["cookie"] = TokenSignal.Cookie, ["cookies"] = TokenSignal.Cookie, ["consent"] = TokenSignal.Cookie, ["gdpr"] = TokenSignal.Cookie,
        ["cmp"] = TokenSignal.Cookie, ["onetrust"] = TokenSignal.Cookie, ["cookiebot"] = TokenSignal.Cookie, ["cybotcookiebot"] = TokenSignal.Cookie,

        ["comment"] = TokenSignal.Comments, ["comments"] = TokenSignal.Comments, ["disqus"] = TokenSignal.Comments,
        ["respond"] = TokenSignal.Comments, ["reply"] = TokenSignal.Comments, ["replies"] = TokenSignal.Comments, ["dsq"] = TokenSignal.Comments,

        ["tags"] = TokenSignal.Tags, ["tag"] = TokenSignal.Tags, ["taglist"] = TokenSignal.Tags, ["tagcloud"] = TokenSignal.Tags,
        ["keywords"] = TokenSignal.Tags,

        ["author"] = TokenSignal.Byline, ["authors"] = TokenSignal.Byline, ["byline"] = TokenSignal.Byline, ["bylines"] = TokenSignal.Byline,

        ["meta"] = TokenSignal.Meta, ["date"] = TokenSignal.Meta, ["dateline"] = TokenSignal.Meta, ["timestamp"] = TokenSignal.Meta,
        ["pubdate"] = TokenSignal.Meta, ["published"] = TokenSignal.Meta,


        ["dek"] = TokenSignal.Standfirst, ["standfirst"] = TokenSignal.Standfirst, ["strapline"] = TokenSignal.Standfirst,
        ["subtitle"] = TokenSignal.Standfirst, ["subheadline"] = TokenSignal.Standfirst,

        ["caption"] = TokenSignal.Caption, ["captions"] = TokenSignal.Caption, ["figcaption"] = TokenSignal.Caption,

        ["article"] = TokenSignal.Positive, ["articlebody"] = TokenSignal.Positive, ["story"] = TokenSignal.Positive,
        ["entry"] = TokenSignal.Positive, ["post"] = TokenSignal.Positive, ["content"] = TokenSignal.Positive, ["body"] = TokenSignal.Positive,
        ["text"] = TokenSignal.Positive, ["main"] = TokenSignal.Positive, ["blog"] = TokenSignal.Positive, ["prose"] = TokenSignal.Positive,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whole class names that mean something their parts do not.</summary>
    private static readonly FrozenDictionary<string, TokenSignal> Whole = new Dictionary<string, TokenSignal>(StringComparer.Ordinal)
    {
        ["sr-only"] = TokenSignal.Hidden, ["visually-hidden"] = TokenSignal.Hidden, ["visuallyhidden"] = TokenSignal.Hidden,
        ["screen-reader-text"] = TokenSignal.Hidden, ["screen-reader-only"] = TokenSignal.Hidden, ["element-invisible"] = TokenSignal.Hidden,
        ["d-none"] = TokenSignal.Hidden, ["u-hidden"] = TokenSignal.Hidden, ["hidden"] = TokenSignal.Hidden, ["hide"] = TokenSignal.Hidden,
        ["is-hidden"] = TokenSignal.Hidden, ["js-hidden"] = TokenSignal.Hidden, ["invisible"] = TokenSignal.Hidden, ["is-invisible"] = TokenSignal.Hidden,
        ["noprint"] = TokenSignal.Hidden, ["offscreen"] = TokenSignal.Hidden, ["hidden-print"] = TokenSignal.Hidden,
        ["sign-up"] = TokenSignal.Newsletter, ["sub-headline"] = TokenSignal.Standfirst, ["sub-title"] = TokenSignal.Standfirst, ["most-read"] = TokenSignal.Related, ["most-popular"] = TokenSignal.Related,
        ["more-stories"] = TokenSignal.Related, ["read-more"] = TokenSignal.Related, ["also-read"] = TokenSignal.Related,
        ["you-may-like"] = TokenSignal.Related, ["read-next"] = TokenSignal.Related, ["more-from"] = TokenSignal.Related,
        ["site-header"] = TokenSignal.Navigation, ["global-header"] = TokenSignal.Navigation, ["skip-link"] = TokenSignal.Navigation,
        ["post-tags"] = TokenSignal.Tags, ["entry-tags"] = TokenSignal.Tags, ["tag-list"] = TokenSignal.Tags, ["tag-cloud"] = TokenSignal.Tags,
        ["tag-links"] = TokenSignal.Tags,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, TokenSignal> Roles = new Dictionary<string, TokenSignal>(StringComparer.Ordinal)
    {
        ["navigation"] = TokenSignal.Navigation, ["menu"] = TokenSignal.Navigation, ["menubar"] = TokenSignal.Navigation,
        ["contentinfo"] = TokenSignal.Navigation, ["complementary"] = TokenSignal.Navigation, ["search"] = TokenSignal.Navigation,
        ["banner"] = TokenSignal.Navigation, ["dialog"] = TokenSignal.Cookie, ["alertdialog"] = TokenSignal.Cookie,
        ["main"] = TokenSignal.Positive, ["article"] = TokenSignal.Positive,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The signal of a class and id: a negative signal wins over a positive one, and among negatives the first
    /// class name decides (the element's own kind is usually named first).
    /// </summary>
    public static TokenSignal Classify(string? classes, string? id) => WithId(classes is null ? TokenSignal.None : OfClasses(classes), id);

    /// <summary>The signal of a class list alone (<see cref="Classify"/> without an id).</summary>
    public static TokenSignal OfClasses(string classes)
    {
        var result = TokenSignal.None;
        Scan(classes, ref result, isClass: true);
        return result;
    }

    /// <summary>The signal of a class list's signal and an id: the id is read unless the classes already decided.</summary>
    public static TokenSignal WithId(TokenSignal classes, string? id)
    {
        if (classes is TokenSignal.None or TokenSignal.Positive)
        {
            Scan(id, ref classes, isClass: false);
        }

        return classes;
    }

    public static TokenSignal ClassifyRole(string? role) =>
        role is not null && Roles.TryGetValue(role.Trim().ToLowerInvariant(), out var signal) ? signal : TokenSignal.None;

    private static void Scan(string? value, ref TokenSignal result, bool isClass)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 1000)
        {
            return;
        }

        // WordPress marks its post container with taxonomy classes (tag-foo, category-bar, author-admin): not furniture.
        if (isClass && value.AsSpan().ContainsAny(PostMarkers))
        {
            if (result == TokenSignal.None)
            {
                result = TokenSignal.Positive;
            }

            return;
        }

        // Embedded posts (social-media-embed, twitter-tweet, sdc-article-tweet) are quoted in the article,
        // whatever their wrapper is called.
        if (value.AsSpan().ContainsAny(EmbedMarkers))
        {
            return;
        }

        var responsive = isClass && HasResponsiveDisplay(value);
        Span<char> buffer = stackalloc char[64];
        var wholeLookup = Whole.GetAlternateLookup<ReadOnlySpan<char>>();
        var partLookup = Parts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in value.AsSpan().Split(' '))
        {
            var word = value.AsSpan()[range].Trim();
            if (word.IsEmpty || word.Length > buffer.Length)
            {
                continue;
            }

            var lower = buffer[..word.Length];
            word.ToLowerInvariant(lower);
            if (isClass && (lower.StartsWith("tag-") || lower.StartsWith("category-") || lower.StartsWith("format-")))
            {
                // Taxonomy markers name what the element is about, not what it is.
                continue;
            }

            if (wholeLookup.TryGetValue(lower, out var whole))
            {
                if (Apply(ref result, whole, responsive))
                {
                    return;
                }

                continue;
            }

            // Parts: split at '-', '_', ':' and lower-to-upper case changes (relatedPosts).
            var start = 0;
            for (var k = 1; k <= word.Length; k++)
            {
                var boundary = k == word.Length || word[k] is '-' or '_' or ':' or '.' || (char.IsUpper(word[k]) && char.IsLower(word[k - 1]));
                if (!boundary)
                {
                    continue;
                }

                if (k > start && partLookup.TryGetValue(lower[start..k], out var part) && Apply(ref result, part, responsive))
                {
                    return;
                }

                start = word[k == word.Length ? k - 1 : k] is '-' or '_' or ':' or '.' ? k + 1 : k;
            }
        }
    }

    /// <summary>Records a signal; true when it is negative and decides.</summary>
    private static bool Apply(ref TokenSignal result, TokenSignal signal, bool responsive)
    {
        if (signal == TokenSignal.Hidden && responsive)
        {
            return false;
        }

        if (signal == TokenSignal.Positive)
        {
            if (result == TokenSignal.None)
            {
                result = TokenSignal.Positive;
            }

            return false;
        }

        result = signal;
        return true;
    }

    /// <summary>Utility CSS that shows a "hidden" element at some screen width (hidden md:block, d-none d-lg-block).</summary>
    private static bool HasResponsiveDisplay(string classes) =>
        classes.AsSpan().ContainsAny(ResponsiveMarkers)
        || (classes.Contains("d-", StringComparison.Ordinal) && classes.AsSpan().ContainsAny(DisplayMarkers));

    // Each set is looked for in one pass over the class list (every distinct class list of a page is scanned).
    private static readonly SearchValues<string> PostMarkers = SearchValues.Create(["hentry", "type-post", "status-publish"], StringComparison.Ordinal);

    private static readonly SearchValues<string> EmbedMarkers = SearchValues.Create(["embed", "tweet", "instagram"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> ResponsiveMarkers = SearchValues.Create([":block", ":flex", ":inline", ":grid", "visible-"], StringComparison.Ordinal);

    private static readonly SearchValues<string> DisplayMarkers = SearchValues.Create(["-block", "-flex"], StringComparison.Ordinal);
}
