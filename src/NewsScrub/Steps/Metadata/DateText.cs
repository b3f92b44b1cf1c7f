using System.Collections.Frozen;
using System.Globalization;
using NewsScrub.Languages;

namespace NewsScrub.Steps;

/// <summary>
/// Finds a calendar date in a short line ("12 August 2021", "August 12, 2021 at 9:15", "12/08/2021 - 21:25",
/// "14. März 2024", "2024. március 14."). Month and weekday names, the other words a date line may hold, and the
/// order of all-numeric dates come from the language units.
/// </summary>
internal static class DateText
{
    private const int MaxLineLength = 80;

    private static readonly char[] Separators = [' ', ',', '.', '/', '-', ':', '|', '(', ')', '–'];

    private static readonly Lazy<Vocabulary> LazyVocabulary = new(Build);

    /// <summary>The line is only a date (and perhaps a time and a label word or two).</summary>
    public static bool IsDateLine(string text)
    {
        if (text.Length > MaxLineLength || !HasYear(text))
        {
            return false;
        }

        // Word by word in place (a short line with a year is common on scraped pages, so no array of words is made).
        var calendarWords = LazyVocabulary.Value.CalendarWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxLineLength];
        var words = 0;
        var hasYear = false;
        var calendar = 0;
        foreach (var range in text.AsSpan().SplitAny(Separators))
        {
            var word = text.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 10)
            {
                return false;
            }

            var digits = !word.ContainsAnyExceptInRange('0', '9');
            if (word.Length == 4 && digits && word[0] is '1' or '2')
            {
                hasYear = true;
                calendar++;
            }
            else if (digits || calendarWords.Contains(lower[..word.ToLowerInvariant(lower)]))
            {
                calendar++;
            }
        }

        return hasYear && calendar >= words - 1;
    }

    /// <summary>Parses the first date found in <paramref name="text"/>, or returns null.</summary>
    /// <param name="text">A short line holding a date.</param>
    /// <param name="language">The page's language: its numeric date order is tried first.</param>
    public static DateTimeOffset? TryParse(string text, string? language)
    {
        var candidate = text.Trim();
        if (candidate.Length is 0 or > MaxLineLength || !HasYear(candidate))
        {
            return null;
        }

        // ISO 8601 (with or without a time and an offset) is what machines write: the invariant parser reads it exactly.
        if (candidate.Length >= 10 && char.IsAsciiDigit(candidate[0]) && candidate[4] == '-' && candidate[7] == '-'
            && DateTimeOffset.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && iso.Year > 1900)
        {
            return iso;
        }

        var tokens = Tokenize(candidate);
        var vocabulary = LazyVocabulary.Value;
        var own = language is null ? null : vocabulary.MonthsByLanguage.GetValueOrDefault(LanguageCatalog.Find(language)?.Code ?? language);
        return FromMonthName(tokens, own, vocabulary.Months) ?? FromNumbers(tokens, OrdersFor(language));
    }

    /// <summary>A run of exactly four digits starting with 1 or 2: the cheap test before any splitting.</summary>
    private static bool HasYear(string text)
    {
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                run++;
                continue;
            }

            if (run == 4 && text[i - 4] is '1' or '2')
            {
                return true;
            }

            run = 0;
        }

        return false;
    }

    /// <summary>
    /// A day, a month name and a year near each other, in any order ("14 March 2024", "March 14, 2024", "2024. március
    /// 14."). The page's language names its months first: "listopad" is November in Czech and October in Croatian.
    /// </summary>
    private static DateTimeOffset? FromMonthName(List<Token> tokens, FrozenDictionary<string, int>? own, FrozenDictionary<string, int> any)
    {
        for (var m = 0; m < tokens.Count; m++)
        {
            var name = tokens[m].Text.ToLowerInvariant();
            var month = 0;
            if (tokens[m].Number >= 0 || !((own is not null && own.TryGetValue(name, out month)) || any.TryGetValue(name, out month)))
            {
                continue;
            }

            var year = -1;
            var day = -1;
            for (var k = Math.Max(0, m - 4); k < Math.Min(tokens.Count, m + 5); k++)
            {
                var number = tokens[k].Number;
                if (number >= 1900 && number <= 2100 && tokens[k].Text.Length == 4 && year < 0)
                {
                    year = number;
                }
                else if (number is >= 1 and <= 31 && tokens[k].Text.Length <= 2 && (day < 0 || Math.Abs(k - m) < Math.Abs(day - m)) && !IsTime(tokens, k))
                {
                    day = k;
                }
            }

            if (year > 0 && day >= 0 && tokens[day].Number <= DateTime.DaysInMonth(year, month))
            {
                return At(year, month, tokens[day].Number, tokens, Math.Max(m, day));
            }
        }

        return null;
    }

    /// <summary>"12/08/2021", "12.08.2021 21:25", "2021-08-12": three numbers in one of the language's orders.</summary>
    private static DateTimeOffset? FromNumbers(List<Token> tokens, IReadOnlyList<string> orders)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var (a, b, c) = (tokens[i].Number, tokens[i + 1].Number, tokens[i + 2].Number);
            if (a < 0 || b < 0 || c < 0 || IsTime(tokens, i) || IsTime(tokens, i + 1))
            {
                continue;
            }

            foreach (var order in tokens[i].Text.Length == 4 ? ["ymd"] : orders)
            {
                var (year, month, day) = order switch
                {
                    "mdy" => (c, a, b),
                    "ymd" => (a, b, c),
                    _ => (c, b, a),
                };
                if (year is >= 1900 and <= 2100 && tokens[order == "ymd" ? i : i + 2].Text.Length == 4 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                {
                    return At(year, month, day, tokens, i + 2);
                }
            }
        }

        return null;
    }

    /// <summary>The date, at the time ("21:25", "9.15") that follows it if any, as UTC.</summary>
    private static DateTimeOffset At(int year, int month, int day, List<Token> tokens, int after)
    {
        for (var k = after + 1; k + 1 < tokens.Count && k <= after + 4; k++)
        {
            if (IsTime(tokens, k) && tokens[k].Number <= 23 && tokens[k + 1].Number is >= 0 and <= 59)
            {
                return new DateTimeOffset(year, month, day, tokens[k].Number, tokens[k + 1].Number, 0, TimeSpan.Zero);
            }
        }

        return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>The number at <paramref name="index"/> is the hour of a time: a colon joins it to two digits of minutes.</summary>
    private static bool IsTime(List<Token> tokens, int index) =>
        index + 1 < tokens.Count && tokens[index].Separator == ':' && tokens[index + 1].Number >= 0 && tokens[index + 1].Text.Length == 2;

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = char.IsAsciiDigit(text[i]);
            while (i < text.Length && (digits ? char.IsAsciiDigit(text[i]) : char.IsLetter(text[i])))
            {
                i++;
            }

            var word = text[start..i];
            var number = digits && word.Length <= 4 ? int.Parse(word, CultureInfo.InvariantCulture) : -1;
            var separator = i < text.Length ? text[i] : ' ';
            tokens.Add(new Token(word, number, separator));
            if (tokens.Count > 24)
            {
                break;
            }
        }

        return tokens;
    }

    private static IReadOnlyList<string> OrdersFor(string? language) => LanguageCatalog.Find(language)?.DateOrders ?? ["dmy", "mdy"];

    private static Vocabulary Build()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, FrozenDictionary<string, int>>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal) { "h", "am", "pm", "gmt", "utc", "cet", "cest" };
        foreach (var unit in LanguageCatalog.All)
        {
            var own = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var m = 0; m < unit.Months.Count; m++)
            {
                foreach (var form in unit.Months[m])
                {
                    own.TryAdd(form, m + 1);
                    months.TryAdd(form, m + 1);
                    words.Add(form);
                }
            }

            byLanguage[unit.Code] = own.ToFrozenDictionary(StringComparer.Ordinal);

            words.UnionWith(unit.Weekdays.SelectMany(static forms => forms));
            words.UnionWith(unit.DateWords.Select(static word => word.ToLowerInvariant().TrimEnd('.')));
        }

        return new Vocabulary(months.ToFrozenDictionary(StringComparer.Ordinal), byLanguage.ToFrozenDictionary(StringComparer.Ordinal), words.ToFrozenSet(StringComparer.Ordinal));
    }

    private readonly record struct Token(string Text, int Number, char Separator);

    private sealed record Vocabulary(FrozenDictionary<string, int> Months, FrozenDictionary<string, FrozenDictionary<string, int>> MonthsByLanguage, FrozenSet<string> CalendarWords);
}
