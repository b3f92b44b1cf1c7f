using System.Buffers;
using NewsScrub.Html;
using NewsScrub.Internal;

namespace NewsScrub.Tests.Html;

public sealed class ClassTokensTests
{
    [Theory]
    [InlineData("site-footer", "Navigation")]
    [InlineData("article-body hentry tag-sport", "Positive")]
    [InlineData("Twitter-TWEET share", "None")]
    [InlineData("hidden md:block", "None")]
    [InlineData("d-none d-lg-flex", "None")]
    [InlineData("d-none", "Hidden")]
    [InlineData("relatedPosts", "Related")]
    public void Read_a_class_list(string classes, string expected) => Assert.Equal(Enum.Parse<TokenSignal>(expected), ClassTokens.Classify(classes, null));

    [Fact]
    public void Marker_sets_find_what_one_search_per_marker_finds()
    {
        // The scan looks for each set of markers in one pass; the case-insensitive set must match as Contains does,
        // characters whose case maps to ASCII (ı, İ, K, ſ) included.
        const string alphabet = "abdeEgmnrstTwWi-:ıİKſ k";
        string[] insensitive = ["embed", "tweet", "instagram"];
        string[] exact = [":block", ":flex", ":inline", ":grid", "visible-", "hentry", "type-post"];
        var anyInsensitive = SearchValues.Create(insensitive, StringComparison.OrdinalIgnoreCase);
        var anyExact = SearchValues.Create(exact, StringComparison.Ordinal);
        var random = new Random(7);
        for (var round = 0; round < 20_000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (random.Next(4) == 0)
            {
                text = text.Insert(random.Next(text.Length + 1), insensitive[random.Next(insensitive.Length)].ToUpperInvariant());
            }

            Assert.Equal(insensitive.Any(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase)), text.AsSpan().ContainsAny(anyInsensitive));
            Assert.Equal(exact.Any(marker => text.Contains(marker, StringComparison.Ordinal)), text.AsSpan().ContainsAny(anyExact));
        }
    }
}
