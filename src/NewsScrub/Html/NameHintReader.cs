using System.Collections.Frozen;
using NewsScrub.Internal;

namespace NewsScrub.Html;

/// <summary>Reads <see cref="NameHints"/> from class and id names, by their parts (<c>product-reviews</c> has product and reviews).</summary>
internal static class NameHintReader
{
    private static readonly FrozenDictionary<string, NameHints> Parts = Build();

    private static readonly FrozenDictionary<string, NameHints>.AlternateLookup<ReadOnlySpan<char>> Lookup = Parts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, NameHints> Build()
    {
        var parts = new Dictionary<string, NameHints>(StringComparer.Ordinal);
        void Add(NameHints hint, params string[] words)
        {
            foreach (var word in words)
            {
                parts[word] = parts.GetValueOrDefault(word) | hint;
            }
        }

        Add(NameHints.Review, "review", "reviews", "testimonial", "testimonials", "rating", "ratings", "stars", "feedback");
        Add(NameHints.Legal, "footnote", "footnotes", "disclaimer", "disclaimers", "legal", "terms", "fineprint", "copyright", "notice", "notices", "policy");
        Add(NameHints.Question, "faq", "faqs", "question", "questions", "answer", "answers", "accordion", "qa");
        Add(NameHints.Product, "product", "products", "price", "prices", "pricing", "sku", "cart", "basket", "buy", "shop", "offer", "offers", "variant", "variants", "checkout", "purchase");
        Add(NameHints.Item, "card", "cards", "tile", "tiles", "item", "items", "grid", "listing", "listings", "result", "results", "collection");
        Add(NameHints.Post, "post", "posts", "message", "messages", "topic", "topics", "thread", "threads", "forum", "discussion", "reply", "replies");
        Add(NameHints.Specification, "spec", "specs", "specification", "specifications", "features", "feature", "details", "detail", "attributes", "properties");
        Add(NameHints.Description, "description", "desc", "summary", "overview", "intro", "introduction", "about", "lead", "excerpt");
        Add(NameHints.Author, "author", "user", "username", "avatar", "profile", "member", "poster");
        Add(NameHints.Date, "date", "time", "posted", "timestamp", "published");
        Add(NameHints.Body, "body", "content", "text", "article", "story", "main", "entry", "prose");
        Add(NameHints.Title, "title", "heading", "headline", "name");
        return parts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The hints of one class list or id (the walk keeps those of a page's class lists, which repeat).</summary>
    public static NameHints Scan(string value)
    {
        if (value.Length > 1000)
        {
            return NameHints.None;
        }

        var hints = NameHints.None;
        Span<char> lower = stackalloc char[32];
        var span = value.AsSpan();
        var start = -1;
        for (var k = 0; k <= span.Length; k++)
        {
            var letter = k < span.Length && char.IsLetter(span[k]);
            var boundary = !letter || (k > 0 && char.IsUpper(span[k]) && char.IsLower(span[k - 1]));
            if (boundary && start >= 0)
            {
                var part = span[start..k];
                if (part.Length <= lower.Length)
                {
                    var written = part.ToLowerInvariant(lower);
                    if (Lookup.TryGetValue(lower[..written], out var hint))
                    {
                        hints |= hint;
                    }
                }

                start = -1;
            }

            if (letter && start < 0)
            {
                start = k;
            }
        }

        return hints;
    }
}
