using System.Collections.Frozen;
using NewsScrub.Steps;

namespace NewsScrub.Languages;

/// <summary>
/// Everything the pipeline knows about one language, read from its data file (<c>Languages/Data/&lt;code&gt;.txt</c>,
/// format in <c>docs/languages.md</c>): stopwords, the phrase catalogue by category (with the English forms machine
/// translation makes of it), caption lead-ins, date words, quotation marks, spacing, and the words that give page
/// furniture written as sentences its shape. Immutable; adding a language adds a file and no code.
/// </summary>
internal sealed class LanguageUnit
{
    /// <summary>The ISO 639-1 code ("pl").</summary>
    public required string Code { get; init; }

    /// <summary>The English name ("Polish").</summary>
    public required string Name { get; init; }

    /// <summary>Other codes that mean this language in page declarations ("nb", "nn" for Norwegian).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The scripts the language is written in, as <see cref="Script"/> values.</summary>
    public IReadOnlyList<Script> Scripts { get; init; } = [];

    /// <summary>Whether the unit is complete (stopwords and a catalogue for every category), or only detects and passes the language through.</summary>
    public bool IsComplete { get; init; }

    /// <summary>The most frequent function words of news prose, lower-case, apostrophes as <c>'</c>.</summary>
    public FrozenSet<string> Stopwords { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Original prose in the language; the character n-gram profile that tells related languages apart is counted from it.</summary>
    public string Sample { get; init; } = string.Empty;

    /// <summary>The phrase catalogue: native forms (this language) and machine-translated English forms (<c>Language = "en"</c>).</summary>
    public IReadOnlyList<BoilerplatePhrase> Phrases { get; init; } = [];

    /// <summary>Month names, twelve lists of forms (nominative, genitive, abbreviations), lower-case.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Months { get; init; } = [];

    /// <summary>Weekday names, seven lists of forms starting on Monday, lower-case.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Weekdays { get; init; } = [];

    /// <summary>Words that may stand in a date line besides numbers and calendar names ("de", "um", "r.").</summary>
    public IReadOnlyList<string> DateWords { get; init; } = [];

    /// <summary>How all-numeric dates are ordered, most likely first ("dmy", "mdy", "ymd").</summary>
    public IReadOnlyList<string> DateOrders { get; init; } = ["dmy"];

    /// <summary>Quotation mark pairs, primary first: opening and closing character.</summary>
    public IReadOnlyList<(char Open, char Close)> Quotes { get; init; } = [];

    /// <summary>Characters that take a no-break space before them (French <c>: ; ! ? »</c>).</summary>
    public string NoBreakSpaceBefore { get; init; } = string.Empty;

    /// <summary>Characters that take a no-break space after them (French <c>«</c>).</summary>
    public string NoBreakSpaceAfter { get; init; } = string.Empty;

    /// <summary>Word lists that give furniture written as sentences its shape (cookie notices, ad skips, comment prompts).</summary>
    public FurnitureWords Furniture { get; init; } = FurnitureWords.Empty;
}
