namespace NewsScrub.Steps;

/// <summary>How a boilerplate phrase is matched against a line.</summary>
public enum PhraseMatch
{
    /// <summary>The whole line is the phrase ("Read more"), ignoring case and surrounding punctuation.</summary>
    Line,

    /// <summary>The line is the phrase, or the phrase followed by a colon and anything ("See also: headline").</summary>
    Label,

    /// <summary>A short line that starts with the phrase.</summary>
    Prefix,

    /// <summary>A short line that contains the phrase anywhere ("…directly in your mailbox").</summary>
    Contains,
}
