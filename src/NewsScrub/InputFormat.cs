namespace NewsScrub;

/// <summary>What kind of input a page is.</summary>
public enum InputFormat
{
    /// <summary>Decide from the content: markup that looks like an HTML document is HTML, anything else is text.</summary>
    Auto,

    /// <summary>Already-scraped text: blocks separated by line breaks.</summary>
    Text,

    /// <summary>Raw HTML.</summary>
    Html,
}
