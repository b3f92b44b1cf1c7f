using System.Text;

namespace NewsScrub.Tests.Support;

/// <summary>Random pages for property tests: fragments chosen to trip a tokenizer, joined in random order.</summary>
internal static class RandomMarkup
{
    /// <summary>One page of 1 to <paramref name="maxPieces"/> - 1 fragments drawn from <paramref name="pieces"/>.</summary>
    public static string Page(Random random, IReadOnlyList<string> pieces, int maxPieces)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, maxPieces);
        for (var i = 0; i < count; i++)
        {
            builder.Append(pieces[random.Next(pieces.Count)]);
        }

        return builder.ToString();
    }
}
