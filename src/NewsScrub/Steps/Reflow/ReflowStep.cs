using System.Collections.Frozen;
using System.Text;
using NewsScrub.Internal;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>Rejoins fragments of one paragraph that a scraper split at inline markup.</summary>
internal sealed class ReflowStep(ReflowOptions options) : IScrubStep
{
    private const int MaxDatelineLength = 40;

    public string Name => "Reflow";

    public void Apply(ScrubDocument document)
    {
        var segments = document.Segments;
        var stopwords = LanguageProfiles.For(document.Language);
        var spacing = options.LanguageSpacing ? NoBreakSpacing.For(document.Language) : NoBreakSpacing.None;
        var result = new List<Segment>(segments.Count);
        var quotes = new QuoteTracker(QuoteStyle.For(document.Language));
        Segment? current = null;
        var builder = new StringBuilder();
        var quoteLines = 0;
        var cjk = new CjkPunctuationScan();

        foreach (var segment in segments)
        {
            if (!segment.IsCandidate)
            {
                Flush();
                result.Add(segment);
                continue;
            }

            if (current is not null && ShouldJoin(current, builder, segment, quotes, quoteLines, stopwords, cjk))
            {
                quoteLines = quotes.IsOpen ? quoteLines + 1 : 0;
                Append(builder, segment.Text, segment.LeadingSpace, quotes, spacing);
                cjk.Feed(segment.Text);
                quotes.Feed(segment.Text);
                current.LinkCharacters += segment.LinkCharacters;
                current.IsJoined = true;
                current.TrailingSpace = segment.TrailingSpace;
                continue;
            }

            Flush();
            current = segment;
            builder.Clear().Append(segment.Text);
            cjk.Start(segment.Text);
            quotes.Reset();
            quotes.Feed(segment.Text);
            quoteLines = 0;
        }

        Flush();
        document.Segments = result;
        document.Reflowed = true;

        void Flush()
        {
            if (current is null)
            {
                return;
            }

            // A segment nothing was joined to keeps its string: no copy for the common case.
            var text = current.IsJoined ? builder.ToString() : current.Text;
            current.Text = spacing.Apply(text);
            result.Add(current);
            current = null;
        }
    }

    private bool ShouldJoin(Segment current, StringBuilder text, Segment next, QuoteTracker quotes, int quoteLines, FrozenSet<string> stopwords, CjkPunctuationScan cjk)
    {
        if (next.HardBreakBefore || next.IsBullet || next.IsMarkedHeading || current.IsMarkedHeading)
        {
            return false;
        }

        var nextText = next.Text;
        var last = text[^1];
        Span<char> tail = stackalloc char[Math.Min(text.Length, 8)];
        text.CopyTo(text.Length - tail.Length, tail, tail.Length);
        var endsSentence = TextShape.EndsSentence(tail);

        if (quotes.IsOpen && quoteLines < options.MaxQuoteLines && text.Length + nextText.Length < options.MaxQuoteCharacters
            && (!endsSentence || next.LeadingSpace || TextShape.StartsLowercase(nextText) || quotes.Style.IsCloser(nextText[0])))
        {
            return true;
        }

        if (quotes.Style.IsOpener(last) && quotes.IsOpen)
        {
            return true;
        }

        if (endsSentence)
        {
            // A new sentence after a full stop is a new paragraph unless the scraper marked it as continuing text:
            // a leading space is what inline markup leaves where the page had a space before the next word.
            return (next.LeadingSpace && !current.IsBullet) || (nextText[0] is ',' or '.' or ';' or ':' or ')' or '!' or '?' && !nextText.StartsWith("..", StringComparison.Ordinal));
        }

        if (TextShape.StartsLowercase(nextText) || TextShape.StartsWithContinuingPunctuation(nextText))
        {
            return true;
        }

        // Chinese and Japanese have no case and no spaces: an unfinished line of prose (it already holds a CJK comma
        // or full stop, which headings do not) goes on into the next line when either side of the break is CJK.
        if ((TextShape.IsCjk(last) || TextShape.IsCjk(nextText[0])) && cjk.Found)
        {
            return true;
        }

        if (next.LeadingSpace || current.TrailingSpace)
        {
            return true;
        }

        if (last is ',' or '(' or '[' or '-' or '–' or '—' or '/')
        {
            return true;
        }

        // A dateline: "(CNN)", "Hong Kong (CNN Business)" opens the first sentence.
        if (last == ')' && text.Length <= MaxDatelineLength && (text[0] == '(' || text.ToString().Contains(" (", StringComparison.Ordinal)) && char.IsUpper(TextShape.FirstLetterOrDigit(nextText)))
        {
            return true;
        }

        return EndsWithFunctionWord(text, stopwords);
    }

    /// <summary>"In" + "Lashkar Gah": a line that stops on a short function word continues on the next line.</summary>
    private static bool EndsWithFunctionWord(StringBuilder text, FrozenSet<string> stopwords)
    {
        var end = text.Length;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < 12)
        {
            start--;
        }

        if (start == end || (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not '(' and not '"'))
        {
            return false;
        }

        var word = text.ToString(start, end - start).ToLowerInvariant();
        return word.Length <= 4 && stopwords.Contains(word);
    }

    private static void Append(StringBuilder text, string next, bool nextLeadingSpace, QuoteTracker quotes, NoBreakSpacing spacing)
    {
        var last = text[^1];
        var first = next[0];
        var dropCap = text.Length == 1 && char.IsUpper(last) && char.IsLower(first) && !nextLeadingSpace;
        if (!dropCap && NeedsSpace(last, first, quotes, spacing))
        {
            text.Append(spacing.SpacedBefore(first) && !quotes.Style.IsOpener(first) ? '\u00A0' : ' ');
        }

        text.Append(next);
    }

    private static bool NeedsSpace(char last, char first, QuoteTracker quotes, NoBreakSpacing spacing)
    {
        // The language's spaced marks (French « » : ; ! ?) keep their space at a join.
        if (spacing.SpacedBefore(first) || spacing.SpacedAfter(last))
        {
            return true;
        }

        if (first is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '%' or '…' or '，' or '。' or '、')
        {
            return false;
        }

        if (last is '(' or '[' or '/')
        {
            return false;
        }

        // Just inside a quotation: no space after the opener, none before the closer.
        if (quotes.Style.IsOpener(last) && quotes.IsOpen && !quotes.WouldClose(first))
        {
            return false;
        }

        if (quotes.WouldClose(first))
        {
            return false;
        }

        return !(TextShape.IsCjk(last) && TextShape.IsCjk(first));
    }
}
