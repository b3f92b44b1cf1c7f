using System.Globalization;

namespace NewsScrub.Steps;

/// <summary>Finds a calendar date in a short line ("12 August 2021", "August 12, 2021 at 9:15", "12/08/2021 - 21:25").</summary>
internal static class DateText
{
    private static readonly CultureInfo[] Cultures = new[] { "en-US", "en-GB", "fr-FR", "de-DE", "es-ES", "it-IT", "pt-PT", "nl-NL" }.Select(CultureInfo.GetCultureInfo).ToArray();

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-dd HH:mm",
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "dd.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy HH:mm", "dd-MM-yyyy",
        "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd d MMMM yyyy", "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy",
        "d. MMMM yyyy", "dddd, d. MMMM yyyy", "d 'de' MMMM 'de' yyyy",
    ];

    private static readonly char[] Separators = [' ', ',', '.', '/', '-', ':', '|', '(', ')'];

    private static readonly char[] TrimmedMarks = ['|', '-', '–', ' '];

    private static readonly char[] WindowMarks = [',', '.', '|', '-', '–', '(', ')'];

    /// <summary>Month and weekday names of the supported languages, lower-case.</summary>
    private static readonly HashSet<string> CalendarWords = BuildCalendarWords();

    /// <summary>The line is only a date (and perhaps a time and a label word or two).</summary>
    public static bool IsDateLine(string text)
    {
        if (text.Length > 80 || !HasYear(text))
        {
            return false;
        }

        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 10)
        {
            return false;
        }

        var hasYear = false;
        var calendar = 0;
        foreach (var word in words)
        {
            if (word.Length == 4 && word.All(char.IsAsciiDigit) && word[0] is '1' or '2')
            {
                hasYear = true;
                calendar++;
            }
            else if (word.All(char.IsAsciiDigit) || CalendarWords.Contains(word.ToLowerInvariant()) || word is "h" or "am" or "pm" or "AM" or "PM" or "GMT" or "UTC" or "CET" or "CEST" or "at" or "à" or "um" or "de" or "del" or "le" or "am")
            {
                calendar++;
            }
        }

        return hasYear && calendar >= words.Length - 1;
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

    /// <summary>Parses the first date found in <paramref name="text"/>, or returns null.</summary>
    /// <param name="text">A short line holding a date.</param>
    /// <param name="language">The page's language: its culture's month names are tried, with English.</param>
    public static DateTimeOffset? TryParse(string text, string? language)
    {
        var candidate = text.Trim().Trim(TrimmedMarks);
        if (candidate.Length is 0 or > 80 || !HasYear(candidate))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) && parsed.Year > 1900)
        {
            return parsed;
        }

        // Windows of words around the year: "Published on 12/08/2021 - 21:25" holds "12/08/2021".
        var cultures = CulturesFor(language);
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var year = 0; year < words.Length; year++)
        {
            if (!HasYear(words[year]))
            {
                continue;
            }

            for (var start = Math.Max(0, year - 4); start <= year; start++)
            {
                for (var end = year; end < Math.Min(words.Length, year + 3); end++)
                {
                    var window = string.Join(' ', words, start, end - start + 1).Trim(WindowMarks);
                    foreach (var culture in cultures)
                    {
                        if (DateTimeOffset.TryParseExact(window, Formats, culture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out parsed) && parsed.Year > 1900)
                        {
                            return parsed;
                        }
                    }
                }
            }
        }

        return null;
    }

    private static CultureInfo[] CulturesFor(string? language)
    {
        var own = language is null ? null : Array.Find(Cultures, culture => culture.TwoLetterISOLanguageName == language);
        return own is null || own.TwoLetterISOLanguageName == "en" ? [Cultures[0], Cultures[1]] : [own, Cultures[0]];
    }

    private static HashSet<string> BuildCalendarWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in Cultures)
        {
            var info = culture.DateTimeFormat;
            foreach (var name in info.MonthNames.Concat(info.AbbreviatedMonthNames).Concat(info.DayNames).Concat(info.AbbreviatedDayNames))
            {
                if (name.Length > 0)
                {
                    words.Add(name.ToLowerInvariant().TrimEnd('.'));
                }
            }
        }

        return words;
    }
}
