using System.Collections.Frozen;

namespace NewsScrub.Languages;

/// <summary>The language units embedded in the assembly (<c>Languages/Data/*.txt</c>), loaded once. Thread-safe.</summary>
internal static class LanguageCatalog
{
    private const string ResourcePrefix = "NewsScrub.Languages.";

    private static readonly Lazy<(LanguageUnit[] All, FrozenDictionary<string, LanguageUnit> ByCode)> LazyUnits = new(Load);

    /// <summary>Every unit, ordered by code.</summary>
    public static IReadOnlyList<LanguageUnit> All => LazyUnits.Value.All;

    /// <summary>The unit of a language code or alias, in any case and with or without a region ("de-AT"), or null.</summary>
    public static LanguageUnit? Find(string? language)
    {
        if (language is null)
        {
            return null;
        }

        var byCode = LazyUnits.Value.ByCode;
        return byCode.GetValueOrDefault(language) ?? byCode.GetValueOrDefault(LanguageProfiles.BaseCode(language));
    }

    private static (LanguageUnit[], FrozenDictionary<string, LanguageUnit>) Load()
    {
        var assembly = typeof(LanguageCatalog).Assembly;
        var units = new List<LanguageUnit>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var unit = LanguageUnitReader.Read(reader, name[ResourcePrefix.Length..]);
            if (unit.Code != name[ResourcePrefix.Length..^4])
            {
                throw new InvalidDataException($"{name}: the file name must be the unit's code '{unit.Code}'.");
            }

            units.Add(unit);
        }

        var byCode = new Dictionary<string, LanguageUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            byCode[unit.Code] = unit;
        }

        foreach (var unit in units)
        {
            foreach (var alias in unit.Aliases)
            {
                byCode.TryAdd(alias, unit);
            }
        }

        return (units.ToArray(), byCode.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
