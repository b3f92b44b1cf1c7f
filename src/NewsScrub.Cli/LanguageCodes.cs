using System.Collections.Frozen;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsScrub.Cli;

/// <summary>The ISO 639 codes <c>--lang</c> accepts: those the runtime's culture data knows, so a typo is a usage error.</summary>
internal static class LanguageCodes
{
    private static readonly Lazy<FrozenSet<string>> Known = new(Load);

    /// <summary>The base code (lower case) of a tag such as <c>en</c> or <c>pt-BR</c>, or null with an error on the result.</summary>
    public static string? Parse(ArgumentResult result, string option)
    {
        var value = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        if (IsKnown(value))
        {
            return value;
        }

        result.AddError($"{option} must be an ISO 639 language code such as en, fr or pt-BR, not '{value}'");
        return null;
    }

    /// <summary>Whether the base code of <paramref name="tag"/> is a language the culture data names.</summary>
    public static bool IsKnown(string tag)
    {
        var dash = tag.IndexOfAny(['-', '_']);
        var code = (dash > 0 ? tag[..dash] : tag).ToLowerInvariant();
        if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        // Without culture data (invariant globalization) only the shape can be checked.
        return Known.Value.Count == 0 || Known.Value.Contains(code);
    }

    private static FrozenSet<string> Load()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            if (culture.Name.Length == 0)
            {
                continue;
            }

            codes.Add(culture.TwoLetterISOLanguageName.ToLowerInvariant());
            codes.Add(culture.ThreeLetterISOLanguageName.ToLowerInvariant());
        }

        codes.Remove("iv");
        codes.Remove("ivl");
        return codes.ToFrozenSet(StringComparer.Ordinal);
    }
}
