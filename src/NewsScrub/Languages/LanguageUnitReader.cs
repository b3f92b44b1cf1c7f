using System.Collections.Frozen;
using NewsScrub.Steps;

namespace NewsScrub.Languages;

/// <summary>
/// Reads a language's data file: <c>[section]</c> headers, <c>key: value</c> lines in <c>[language]</c>, words in
/// <c>[stopwords]</c>, prose in <c>[sample]</c>, and one phrase per line in each catalogue section. A line starting
/// with <c>#</c> is a comment. Errors name the file and line: a broken unit fails its test, not a user's page.
/// </summary>
internal static class LanguageUnitReader
{
    /// <summary>The catalogue sections every complete unit has, and the category each one removes as.</summary>
    public static readonly IReadOnlyDictionary<string, RemovalCategory> CatalogueSections = new Dictionary<string, RemovalCategory>(StringComparer.Ordinal)
    {
        ["advertisement"] = RemovalCategory.Advertisement,
        ["related"] = RemovalCategory.RelatedLink,
        ["newsletter"] = RemovalCategory.Newsletter,
        ["app"] = RemovalCategory.AppPromotion,
        ["share"] = RemovalCategory.ShareFollow,
        ["byline"] = RemovalCategory.Byline,
        ["timestamp"] = RemovalCategory.Timestamp,
        ["credit"] = RemovalCategory.PhotoCredit,
        ["caption"] = RemovalCategory.Caption,
        ["tags"] = RemovalCategory.Tags,
        ["cookie"] = RemovalCategory.CookieNotice,
        ["navigation"] = RemovalCategory.Navigation,
        ["comments"] = RemovalCategory.Comments,
    };

    private static readonly (string Marker, PhraseMatch Match)[] Markers =
        [("label:", PhraseMatch.Label), ("starts:", PhraseMatch.Prefix), ("contains:", PhraseMatch.Contains)];

    public static LanguageUnit Read(TextReader reader, string source)
    {
        var section = string.Empty;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var stopwords = new HashSet<string>(StringComparer.Ordinal);
        var sample = new List<string>();
        var phrases = new List<BoilerplatePhrase>();
        var sections = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        string? code = null;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1].Trim();
                if (section is not ("language" or "stopwords" or "sample" or "other") && !CatalogueSections.ContainsKey(section))
                {
                    throw Error(source, lineNumber, $"unknown section [{section}]");
                }

                sections.Add(section);
                continue;
            }

            switch (section)
            {
                case "language":
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon <= 0)
                    {
                        throw Error(source, lineNumber, "expected 'key: value'");
                    }

                    keys[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                    code ??= keys.GetValueOrDefault("code");
                    break;
                case "stopwords":
                    foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var lower = word.ToLowerInvariant().Replace('’', '\'');
                        stopwords.Add(lower);
                    }

                    break;
                case "sample":
                    sample.Add(line);
                    break;
                case "":
                    throw Error(source, lineNumber, "text before the first section");
                default:
                    phrases.Add(ReadPhrase(line, section, code ?? throw Error(source, lineNumber, "[language] with its code must come first")));
                    break;
            }
        }

        code = Required(keys, "code", source);
        var scripts = Words(keys.GetValueOrDefault("script")).Select(name => Enum.TryParse<Script>(name, ignoreCase: true, out var script) && script != Script.None
            ? script : throw Error(source, 0, $"unknown script '{name}'")).ToArray();
        if (scripts.Length == 0)
        {
            throw Error(source, 0, "no script");
        }

        var coverage = keys.GetValueOrDefault("coverage", "full");
        return new LanguageUnit
        {
            Code = code,
            Name = Required(keys, "name", source),
            Aliases = Words(keys.GetValueOrDefault("aliases")),
            Scripts = scripts,
            IsComplete = coverage switch
            {
                "full" => true,
                "detection" => false,
                _ => throw Error(source, 0, $"coverage must be 'full' or 'detection', not '{coverage}'"),
            },
            Stopwords = stopwords.ToFrozenSet(StringComparer.Ordinal),
            Sample = string.Join(' ', sample),
            Phrases = phrases,
            Months = Lists(keys.GetValueOrDefault("months")),
            Weekdays = Lists(keys.GetValueOrDefault("weekdays")),
            DateWords = Words(keys.GetValueOrDefault("date-words")),
            DateOrders = keys.TryGetValue("date-order", out var orders) ? Words(orders) : ["dmy"],
            FinalWords = WordSet(keys, "final-words"),
            Quotes = Words(keys.GetValueOrDefault("quotes")).Select(pair => pair.Length == 2 ? (pair[0], pair[1]) : throw Error(source, 0, $"quote pair '{pair}' is not two characters")).ToArray(),
            NoBreakSpaceBefore = string.Concat(Words(keys.GetValueOrDefault("no-break-space-before"))),
            NoBreakSpaceAfter = string.Concat(Words(keys.GetValueOrDefault("no-break-space-after"))),
            Furniture = new FurnitureWords(
                WordSet(keys, "cookie-words"),
                WordSet(keys, "consent-words"),
                WordSet(keys, "ad-words"),
                WordSet(keys, "skip-words"),
                WordSet(keys, "comment-words"),
                WordSet(keys, "prompt-words"),
                WordSet(keys, "reader-words"),
                WordSet(keys, "newsletter-words"),
                WordSet(keys, "subscribe-words")),
        };
    }

    /// <summary>Which catalogue sections a data file has; a complete unit needs all of <see cref="CatalogueSections"/>.</summary>
    public static IEnumerable<RemovalCategory> CategoriesOf(LanguageUnit unit) =>
        unit.Phrases.Where(phrase => phrase.Language == unit.Code).Select(static phrase => phrase.Category).Distinct();

    private static BoilerplatePhrase ReadPhrase(string line, string section, string code)
    {
        var category = section == "other" ? RemovalCategory.Other : CatalogueSections[section];
        var language = code;
        if (line[0] == '~')
        {
            // The English that machine translation makes of the native forms ("Publicité" → "Publicity").
            language = "en";
            line = line[1..].Trim();
        }

        var match = PhraseMatch.Line;
        foreach (var (marker, kind) in Markers)
        {
            if (line.StartsWith(marker, StringComparison.Ordinal))
            {
                match = kind;
                line = line[marker.Length..].Trim();
                break;
            }
        }

        return new BoilerplatePhrase(line, category, match, language);
    }

    private static string Required(Dictionary<string, string> keys, string key, string source) =>
        keys.TryGetValue(key, out var value) && value.Length > 0 ? value : throw Error(source, 0, $"[language] has no '{key}'");

    private static string[] Words(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static FrozenSet<string> WordSet(Dictionary<string, string> keys, string key) =>
        Words(keys.GetValueOrDefault(key)).Select(static word => word.ToLowerInvariant().Replace('’', '\'')).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"a b | c d" → [[a, b], [c, d]], lower-case, without trailing full stops.</summary>
    private static IReadOnlyList<string>[] Lists(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split('|').Select(static part => (IReadOnlyList<string>)Words(part).Select(static word => word.ToLowerInvariant().TrimEnd('.')).ToArray()).ToArray();

    private static InvalidDataException Error(string source, int line, string message) =>
        new(line > 0 ? $"{source}:{line}: {message}." : $"{source}: {message}.");
}
