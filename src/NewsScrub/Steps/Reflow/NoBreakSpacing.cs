using System.Collections.Frozen;
using System.Text;

namespace NewsScrub.Steps;

/// <summary>
/// A language's no-break spaces from its unit: before some marks and after others where the text has a space
/// (French puts one inside « » and before : ; ! ?).
/// </summary>
internal sealed class NoBreakSpacing(string before, string after)
{
    private readonly System.Buffers.SearchValues<char> marks = System.Buffers.SearchValues.Create(before + after);

    private static readonly Lazy<FrozenDictionary<string, NoBreakSpacing>> LazyByLanguage = new(static () =>
        Languages.LanguageCatalog.All.ToDictionary(static unit => unit.Code, static unit => new NoBreakSpacing(unit.NoBreakSpaceBefore, unit.NoBreakSpaceAfter), StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>No spacing rules.</summary>
    public static NoBreakSpacing None { get; } = new(string.Empty, string.Empty);

    public bool IsEmpty => before.Length == 0 && after.Length == 0;

    /// <summary>The rules of <paramref name="language"/>'s unit, or none.</summary>
    public static NoBreakSpacing For(string? language) =>
        Languages.LanguageCatalog.Find(language) is { } unit ? LazyByLanguage.Value[unit.Code] : None;

    /// <summary>Whether <paramref name="c"/> takes a no-break space before it.</summary>
    public bool SpacedBefore(char c) => before.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="c"/> takes a no-break space after it.</summary>
    public bool SpacedAfter(char c) => after.Contains(c, StringComparison.Ordinal);

    public string Apply(string text)
    {
        if (IsEmpty || text.AsSpan().IndexOfAny(marks) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var spaced = c == ' ' && ((i + 1 < text.Length && SpacedBefore(text[i + 1])) || (i > 0 && SpacedAfter(text[i - 1])));
            builder.Append(spaced ? '\u00A0' : c);
        }

        return builder.ToString();
    }
}
