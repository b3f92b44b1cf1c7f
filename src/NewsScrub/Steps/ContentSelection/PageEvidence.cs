using NewsScrub.Internal;
using NewsScrub.Languages;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>
/// Measures of one document that the block features are read from: each segment's text measures and prose value,
/// sums over every element of the structure, and the container a prose-weighted vote picks (the classic
/// "best-scoring subtree" of Readability-style extractors, here one piece of evidence among many).
/// </summary>
internal sealed class PageEvidence
{
    /// <summary>A furniture-named subtree holding more than this share of the page's prose is not pruned by the vote.</summary>
    private const double MaxPrunedProseShare = 0.5;

    private readonly ScrubDocument document;

    /// <summary>The stopword density from which a segment of the page's language reads as prose.</summary>
    private readonly double proseGate;

    public PageEvidence(ScrubDocument document)
    {
        this.document = document;
        var segments = document.Segments;
        var elements = document.Elements;
        var stopwords = LanguageProfiles.For(document.Language).GetAlternateLookup<ReadOnlySpan<char>>();
        HasProfile = document.Language is not null && LanguageProfiles.Stopwords.ContainsKey(document.Language);
        proseGate = LanguageProfiles.ProseGate(document.Language);

        Measures = new TextMeasures[segments.Count];
        IsProse = new bool[segments.Count];
        Value = new double[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var measures = TextMeasures.Of(segment.Text, stopwords);
            Measures[i] = measures;
            Measure(i, segment, measures);
        }

        Characters = new int[elements.Count];
        LinkCharacters = new int[elements.Count];
        ProseCharacters = new int[elements.Count];
        BlockCount = new int[elements.Count];
        LinkBlocks = new int[elements.Count];
        Score = new double[elements.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var owner = segments[i].Owner;
            var length = segments[i].Text.Length;
            Characters[owner] += length;
            LinkCharacters[owner] += segments[i].LinkCharacters;
            ProseCharacters[owner] += IsProse[i] ? length - segments[i].LinkCharacters : 0;
            BlockCount[owner]++;
            LinkBlocks[owner] += length > 0 && segments[i].LinkCharacters * 10 > length * 7 ? 1 : 0;
            Score[owner] += Value[i];
        }

        for (var e = elements.Count - 1; e > 0; e--)
        {
            var parent = elements[e].Parent;
            Characters[parent] += Characters[e];
            LinkCharacters[parent] += LinkCharacters[e];
            ProseCharacters[parent] += ProseCharacters[e];
            BlockCount[parent] += BlockCount[e];
            LinkBlocks[parent] += LinkBlocks[e];
            Score[parent] += Score[e];
        }

        TotalProse = Math.Max(1, ProseCharacters[0]);
        Pruned = Prune(elements);
        Container = ChooseContainer(elements);
        Teaser = TeaserRegions(elements);
        ArticleElements = elements.Count(static element => element.Tag == "article");
    }

    public TextMeasures[] Measures { get; }

    /// <summary>The segment reads as a sentence or more of prose, not a link or a label.</summary>
    public bool[] IsProse { get; }

    /// <summary>A segment's vote for the containers it sits in: prose counts for them, links and short lines against.</summary>
    public double[] Value { get; }

    public bool HasProfile { get; }

    public int[] Characters { get; }

    public int[] LinkCharacters { get; }

    public int[] ProseCharacters { get; }

    public int[] BlockCount { get; }

    public int[] LinkBlocks { get; }

    public double[] Score { get; }

    public int TotalProse { get; }

    /// <summary>For each element, whether a furniture-named subtree with a small share of the prose contains it.</summary>
    public bool[] Pruned { get; }

    /// <summary>The element whose blocks add up to the best vote.</summary>
    public int Container { get; }

    /// <summary>For each element: it lies in a region of repeated teaser cards inside the container.</summary>
    public bool[] Teaser { get; }

    public int ArticleElements { get; }

    public bool InContainer(int element)
    {
        var container = document.Elements[Container];
        return element >= Container && element <= container.LastDescendant;
    }

    private void Measure(int index, Segment segment, TextMeasures measures)
    {
        var length = segment.Text.Length;
        var nonLink = length - segment.LinkCharacters;
        var linkDensity = length == 0 ? 0 : (double)segment.LinkCharacters / length;
        var sentence = measures.EndsSentence || measures.SentenceMarks > 0;
        var wordy = HasProfile ? measures.StopwordDensity >= proseGate && measures.Words >= 6 : sentence || nonLink >= 60;
        var maxLinkDensity = nonLink >= 100 && sentence ? 0.6 : 0.35;
        var prose = linkDensity < maxLinkDensity && nonLink >= 30 && wordy && segment.HeadingLevel == 0;
        IsProse[index] = prose;
        if (segment.HeadingLevel > 0)
        {
            Value[index] = 0;
        }
        else if (prose)
        {
            var weight = sentence ? 1.0 : 0.6;
            if (segment.LeadingLinkCharacters >= 15 && segment.LeadingLinkCharacters * 5 >= length)
            {
                weight *= 0.5;
            }

            Value[index] = (nonLink * weight) - (segment.LinkCharacters * 0.5);
        }
        else if (linkDensity > 0.5)
        {
            Value[index] = -segment.LinkCharacters * 0.75;
        }
        else
        {
            Value[index] = (-Math.Min(length, 40) * 0.25) - (segment.LinkCharacters * 0.5);
        }
    }

    private bool[] Prune(List<DocumentElement> elements)
    {
        var pruned = new bool[elements.Count];
        for (var e = 1; e < elements.Count; e++)
        {
            var element = elements[e];
            if (pruned[element.Parent])
            {
                pruned[e] = true;
                continue;
            }

            var share = element.Signal is TokenSignal.Hidden or TokenSignal.Cookie or TokenSignal.Comments ? 0.85 : MaxPrunedProseShare;
            pruned[e] = DocumentElement.IsFurniture(element.Signal) && ProseCharacters[e] <= TotalProse * share && !element.Has(ElementFlags.ArticleBody);
        }

        return pruned;
    }

    private int ChooseContainer(List<DocumentElement> elements)
    {
        var score = new double[elements.Count];
        var segments = document.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var owner = segments[i].Owner;
            score[owner] += Pruned[owner] ? Math.Min(0, Value[i]) : Value[i];
        }

        for (var e = elements.Count - 1; e > 0; e--)
        {
            score[elements[e].Parent] += score[e];
        }

        var best = 0;
        var bestScore = double.MinValue;
        for (var e = 0; e < elements.Count; e++)
        {
            if (Pruned[e] || elements[e].Has(ElementFlags.NoText))
            {
                continue;
            }

            var value = score[e] * (elements[e].Has(ElementFlags.ArticleBody) ? 1.3 : 1.0);
            if (value > bestScore)
            {
                best = e;
                bestScore = value;
            }
        }

        return best;
    }

    private bool[] TeaserRegions(List<DocumentElement> elements)
    {
        var teaser = new bool[elements.Count];
        var container = elements[Container];
        var total = Math.Max(1, ProseCharacters[Container]);
        for (var e = Container + 1; e <= container.LastDescendant; e++)
        {
            if (LinkBlocks[e] >= 3 && LinkBlocks[e] * 5 >= BlockCount[e] * 2 && ProseCharacters[e] * 3 < total && ProseCharacters[e] <= LinkBlocks[e] * 150)
            {
                Array.Fill(teaser, true, e, elements[e].LastDescendant - e + 1);
                e = elements[e].LastDescendant;
            }
        }

        return teaser;
    }

    /// <summary>Whether the segment's text reads as a heading: short, capitalised, no final punctuation.</summary>
    public static bool IsHeadingLike(Segment segment) => segment.IsMarkedHeading || TextShape.IsHeadingLike(segment.Text, 15);
}
