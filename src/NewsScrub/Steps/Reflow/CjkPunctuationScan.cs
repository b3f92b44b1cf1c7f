namespace NewsScrub.Steps;

/// <summary>
/// Whether the paragraph being joined holds a CJK comma or full stop. Each line is looked at once, when it joins
/// the paragraph: rescanning the growing paragraph per join made 10 MB of CJK lines ending in ASCII commas take
/// quadratic time.
/// </summary>
internal sealed class CjkPunctuationScan
{
    /// <summary>Whether a line fed since the last <see cref="Start"/> held a CJK comma or full stop.</summary>
    public bool Found { get; private set; }

    /// <summary>A new paragraph begins with <paramref name="line"/>.</summary>
    public void Start(string line)
    {
        Found = false;
        Feed(line);
    }

    /// <summary><paramref name="line"/> joins the paragraph.</summary>
    public void Feed(string line)
    {
        if (!Found && line.AsSpan().IndexOfAny('。', '、', '，') >= 0)
        {
            Found = true;
        }
    }
}
