using NewsScrub.Internal;
using NewsScrub.Text;

namespace NewsScrub.Steps;

/// <summary>
/// The evidence the content model decides on, one row of numbers per segment: the segment's own text, where it sits
/// in the page's structure, what its neighbours and containers hold, and what the page says of itself. Text without
/// markup has the same rows, its structural columns at their "no markup" values. The names are written into the model
/// file, so a model and this code cannot drift apart unnoticed.
/// </summary>
internal static class BlockFeatures
{
    private static readonly TokenSignal[] Signals =
    [
        TokenSignal.Positive, TokenSignal.Navigation, TokenSignal.Share, TokenSignal.Newsletter, TokenSignal.Related,
        TokenSignal.Advertisement, TokenSignal.Cookie, TokenSignal.Comments, TokenSignal.Tags, TokenSignal.Byline,
        TokenSignal.Meta, TokenSignal.Hidden, TokenSignal.Standfirst, TokenSignal.Caption,
    ];

    private static readonly (ElementFlags Flag, string Name)[] Flags =
    [
        (ElementFlags.InList, "in_list"), (ElementFlags.InQuote, "in_quote"), (ElementFlags.InTable, "in_table"),
        (ElementFlags.InPre, "in_pre"), (ElementFlags.InCode, "in_code"), (ElementFlags.InFigure, "in_figure"),
        (ElementFlags.InFigcaption, "in_figcaption"), (ElementFlags.InHeader, "in_header"), (ElementFlags.InAddress, "in_address"),
        (ElementFlags.InTime, "in_time"), (ElementFlags.InDetails, "in_details"), (ElementFlags.InButton, "in_button"),
        (ElementFlags.InForm, "in_form"), (ElementFlags.InNav, "in_nav"), (ElementFlags.InFooter, "in_footer"),
        (ElementFlags.InAside, "in_aside"), (ElementFlags.InSemantic, "in_semantic"), (ElementFlags.InArticleBody, "in_article_body"),
        (ElementFlags.Emphasis, "emphasis"), (ElementFlags.InLink, "in_link"), (ElementFlags.InNoscript, "in_noscript"), (ElementFlags.InTemplate, "in_template"),
    ];

    private static readonly string[] SignalNames = Signals.Select(static signal => "signal_" + signal.ToString().ToLowerInvariant()).ToArray();

    private static readonly PageHints[] Hints = Enum.GetValues<PageHints>().Where(static hint => hint != PageHints.None).ToArray();

    private static readonly string[] HintNames = Hints.Select(static hint => "hint_" + hint.ToString().ToLowerInvariant()).ToArray();

    private static readonly NameHints[] NameHintValues = Enum.GetValues<NameHints>().Where(static hint => hint != NameHints.None).ToArray();

    private static readonly string[] NameHintNames = NameHintValues.Select(static hint => "names_" + hint.ToString().ToLowerInvariant()).ToArray();

    private static readonly Lazy<string[]> LazyNames = new(CollectNames);

    /// <summary>ln(1 + n) for the small counts most columns are made of, looked up instead of computed.</summary>
    private static readonly double[] LogTable = Enumerable.Range(0, 4096).Select(static n => Math.Log(1 + n)).ToArray();

    /// <summary>The feature names, in column order.</summary>
    public static IReadOnlyList<string> Names => LazyNames.Value;

    public static int Count => LazyNames.Value.Length;

    /// <summary>Fills the first <see cref="Count"/> columns of every row.</summary>
    public static void Write(FeatureRows rows, PageContext context)
    {
        var count = Count;
        for (var r = 0; r < rows.Count; r++)
        {
            var writer = new FeatureWriter(rows.Row(r)[..count]);
            Write(ref writer, context, rows.Segments[r]);
        }
    }

    private static string[] CollectNames()
    {
        var names = new List<string>();
        var document = new ScrubDocument([new Segment("x")]);
        var writer = new FeatureWriter(names);
        Write(ref writer, new PageContext(document, new PageEvidence(document), NameWeights.Empty), 0);
        return names.ToArray();
    }

    private static void Write(ref FeatureWriter w, PageContext page, int i)
    {
        var document = page.Document;
        var segments = document.Segments;
        var evidence = page.Evidence;
        var segment = segments[i];
        var m = evidence.Measures[i];
        var element = document.Elements[segment.Owner];
        var length = Math.Max(1, m.Length);

        // The text itself.
        w.Add("log_length", LogCount(m.Length));
        w.Add("log_words", LogCount(m.Words));
        w.Add("link_density", (double)segment.LinkCharacters / length);
        w.Add("leading_link_share", (double)segment.LeadingLinkCharacters / length);
        w.Add("stopword_density", m.StopwordDensity);
        w.Add("stopwords", LogCount(m.Stopwords));
        w.Add("ends_sentence", m.EndsSentence);
        w.Add("sentence_marks_per_word", m.Words == 0 ? 0 : (double)m.SentenceMarks / m.Words);
        w.Add("sentence_marks", LogCount(m.SentenceMarks));
        w.Add("commas_per_word", m.Words == 0 ? 0 : (double)m.Commas / m.Words);
        w.Add("digit_share", (double)m.Digits / length);
        w.Add("capitalised_share", m.Words == 0 ? 0 : (double)m.CapitalisedWords / m.Words);
        w.Add("long_word_share", m.SampledWords == 0 ? 0 : (double)m.LongWords / m.SampledWords);
        w.Add("mean_word_length", m.Words == 0 ? 0 : (double)m.Length / m.Words);
        w.Add("is_prose", evidence.IsProse[i]);
        w.Add("heading_like", PageEvidence.IsHeadingLike(segment));
        w.Add("ends_colon", segment.Text.Length > 0 && segment.Text[^1] is ':' or '：');
        w.Add("starts_lowercase", TextShape.StartsLowercase(segment.Text));
        w.Add("has_copyright", segment.Text.Contains('©', StringComparison.Ordinal));
        w.Add("has_pipe", segment.Text.Contains('|', StringComparison.Ordinal));
        w.Add("has_at", segment.Text.Contains('@', StringComparison.Ordinal));
        w.Add("starts_footnote_mark", segment.Text.Length > 0 && segment.Text[0] is '*' or '†' or '‡' or '§' or '◊' or 'Δ' or '∆' or '¹' or '²' or '³' or '^' or '¶');

        // How the reader found it.
        w.Add("heading_level", segment.HeadingLevel);
        w.Add("marked_heading", segment.IsMarkedHeading);
        w.Add("bullet", segment.IsBullet);
        w.Add("block_start", segment.IsBlockStart);
        w.Add("break_before", segment.BreakBefore);
        w.Add("leading_space", segment.LeadingSpace);
        w.Add("joined", segment.IsJoined);
        w.Add("repeats_title", segment.RepeatsTitle);
        w.Add("from_structured_data", segment.FromStructuredData);
        foreach (var (flag, name) in Flags)
        {
            w.Add(name, segment.Has(flag));
        }

        w.Add("tag_p", segment.Tag is "p");
        w.Add("tag_div", segment.Tag is "div");
        w.Add("tag_li", segment.Tag is "li");
        w.Add("tag_cell", segment.Tag is "td" or "th");
        w.Add("tag_definition", segment.Tag is "dd" or "dt");
        w.Add("tag_section", segment.Tag is "section" or "article" or "main" or "body");
        w.Add("tag_text", segment.Tag is "#text");

        // Where it sits in the structure.
        for (var k = 0; k < Signals.Length; k++)
        {
            w.Add(SignalNames[k], element.HasSignal(Signals[k]));
        }

        w.Add("own_signal_furniture", DocumentElement.IsFurniture(element.Signal));
        for (var k = 0; k < NameHintValues.Length; k++)
        {
            w.Add(NameHintNames[k], (element.Hints & NameHintValues[k]) != 0);
        }

        WriteNameWeights(ref w, page, segment.Owner);

        var furniture = element.NearestFurniture;
        w.Add("furniture_distance", furniture < 0 ? 0 : 1 + element.Depth - document.Elements[furniture].Depth);
        w.Add("furniture_prose_share", furniture < 0 ? 0 : (double)evidence.ProseCharacters[furniture] / evidence.TotalProse);
        w.Add("depth", element.Depth);
        w.Add("pruned", evidence.Pruned[segment.Owner]);
        w.Add("in_container", evidence.InContainer(segment.Owner));
        w.Add("container_depth_offset", element.Depth - document.Elements[evidence.Container].Depth);
        w.Add("container_prose_share", (double)evidence.ProseCharacters[evidence.Container] / evidence.TotalProse);
        w.Add("teaser", evidence.Teaser[segment.Owner]);

        // Its containers: the block's own element, its parent and grandparent.
        var ancestor = segment.Owner;
        for (var level = 0; level < 3; level++)
        {
            var prefix = level switch { 0 => "owner_", 1 => "parent_", _ => "grandparent_" };
            WriteElement(ref w, prefix, evidence, ancestor);
            ancestor = Math.Max(0, document.Elements[ancestor].Parent);
        }

        w.Add("same_class_siblings", LogCount(page.SameShape(segment.Owner)));
        var parentElement = Math.Max(0, element.Parent);
        w.Add("parent_same_class_siblings", LogCount(page.SameShape(parentElement)));
        w.Add("grandparent_same_class_siblings", LogCount(page.SameShape(Math.Max(0, document.Elements[parentElement].Parent))));
        w.Add("text_repeats", Math.Log(page.TextCount(segment.Text)));

        // Its place in the page.
        w.Add("position", segments.Count <= 1 ? 0 : (double)i / (segments.Count - 1));
        w.Add("characters_before", page.CharactersBefore[i] / (double)Math.Max(1, page.TotalCharacters));
        w.Add("after_title", page.TitleIndex < 0 ? 0 : i > page.TitleIndex ? 1 : -1);
        w.Add("title_distance", page.TitleIndex < 0 ? 0 : LogCount(Math.Abs(i - page.TitleIndex)) * Math.Sign(i - page.TitleIndex));
        w.Add("after_comments", page.CommentsIndex >= 0 && i > page.CommentsIndex);
        w.Add("prose_before_share", page.ProseBefore[i] / (double)evidence.TotalProse);
        w.Add("structured_body_match", page.StructuredBodyMatch(i));

        // Its neighbours.
        WriteNeighbour(ref w, "previous_", page, i, i - 1);
        WriteNeighbour(ref w, "next_", page, i, i + 1);
        WriteNeighbour(ref w, "previous2_", page, i, i - 2);
        WriteNeighbour(ref w, "next2_", page, i, i + 2);
        w.Add("window_prose", LogCount(page.WindowProse(i, 3)));
        w.Add("window_removed", page.WindowRemoved(i, 3));

        // The page.
        w.Add("page_log_segments", LogCount(segments.Count));
        w.Add("page_link_density", evidence.Characters[0] == 0 ? 0 : (double)evidence.LinkCharacters[0] / evidence.Characters[0]);
        w.Add("page_log_prose", Math.Log(evidence.TotalProse));
        w.Add("page_prose_share", (double)evidence.TotalProse / Math.Max(1, evidence.Characters[0]));
        w.Add("page_log_elements", Math.Log(document.Elements.Count));
        w.Add("page_articles", LogCount(evidence.ArticleElements));
        w.Add("page_has_profile", evidence.HasProfile);
        w.Add("page_has_structured_body", document.StructuredBody is { Length: >= 200 });
        w.Add("page_title_found", page.TitleIndex >= 0);
        w.Add("page_repeated_prose_share", page.LargestRepeatedProseShare);
        w.Add("page_prose_segments", LogCount(page.ProseSegments));
        w.Add("page_long_prose_segments", LogCount(page.LongProseSegments));
        w.Add("page_longest_prose_share", (double)page.LongestProse / evidence.TotalProse);
        for (var k = 0; k < Hints.Length; k++)
        {
            w.Add(HintNames[k], (document.Hints & Hints[k]) != 0);
        }
    }

    /// <summary>The learned name weights of the segment's element and its ancestors (<see cref="NameWeights"/>).</summary>
    private static void WriteNameWeights(ref FeatureWriter w, PageContext page, int owner)
    {
        w.Add("names_weight_nearest", page.NameWeightNearest[owner]);
        w.Add("names_weight_min", page.NameWeightMin[owner]);
        w.Add("names_weight_max", page.NameWeightMax[owner]);
        w.Add("names_weight_sum", page.NameWeightSum[owner]);
    }

    private static readonly Lazy<int> LazyNameWeightsColumn = new(static () => Names.ToList().IndexOf("names_weight_nearest"));

    /// <summary>Writes the name-weight columns again from the context's current table (the training tool's folds differ in it).</summary>
    internal static void RewriteNameWeights(FeatureRows rows, PageContext context)
    {
        var column = LazyNameWeightsColumn.Value;
        for (var r = 0; r < rows.Count; r++)
        {
            var writer = new FeatureWriter(rows.Row(r).Slice(column, 4));
            WriteNameWeights(ref writer, context, context.Document.Segments[rows.Segments[r]].Owner);
        }
    }

    private static double LogCount(int count) => (uint)count < (uint)LogTable.Length ? LogTable[count] : Math.Log(1.0 + count);

    private static void WriteElement(ref FeatureWriter w, string prefix, PageEvidence evidence, int element)
    {
        var characters = evidence.Characters[element];
        w.Add(prefix, "log_characters", LogCount(characters));
        w.Add(prefix, "link_density", characters == 0 ? 0 : (double)evidence.LinkCharacters[element] / characters);
        w.Add(prefix, "prose_share", characters == 0 ? 0 : (double)evidence.ProseCharacters[element] / characters);
        w.Add(prefix, "log_blocks", LogCount(evidence.BlockCount[element]));
        w.Add(prefix, "link_block_share", evidence.BlockCount[element] == 0 ? 0 : (double)evidence.LinkBlocks[element] / evidence.BlockCount[element]);
        w.Add(prefix, "page_prose_share", (double)evidence.ProseCharacters[element] / evidence.TotalProse);
    }

    private static void WriteNeighbour(ref FeatureWriter w, string prefix, PageContext page, int self, int index)
    {
        var segments = page.Document.Segments;
        var exists = index >= 0 && index < segments.Count;
        var m = exists ? page.Evidence.Measures[index] : default;
        var segment = exists ? segments[index] : null;
        w.Add(prefix, "exists", exists);
        w.Add(prefix, "log_length", LogCount(m.Length));
        w.Add(prefix, "link_density", segment is null || m.Length == 0 ? 0 : (double)segment.LinkCharacters / m.Length);
        w.Add(prefix, "stopword_density", m.StopwordDensity);
        w.Add(prefix, "is_prose", exists && page.Evidence.IsProse[index]);
        w.Add(prefix, "removed", segment?.IsRemoved == true);
        var elements = page.Document.Elements;
        w.Add(prefix, "same_parent", segment is not null && segment.Owner != 0 && elements[segment.Owner].Parent == elements[segments[self].Owner].Parent);
    }

    /// <summary>Writes a row, or only collects the names.</summary>
    private ref struct FeatureWriter
    {
        private readonly Span<float> row;
        private readonly List<string>? names;
        private int next;

        public FeatureWriter(Span<float> row)
        {
            this.row = row;
            names = null;
            next = 0;
        }

        public FeatureWriter(List<string> names)
        {
            row = default;
            this.names = names;
            next = 0;
        }

        public void Add(string name, double value)
        {
            if (names is not null)
            {
                names.Add(name);
                return;
            }

            row[next++] = (float)value;
        }

        public void Add(string name, bool value) => Add(name, value ? 1.0 : 0.0);

        /// <summary>A named column of a group (the prefix names the group); the name is only put together when collected.</summary>
        public void Add(string prefix, string name, double value)
        {
            if (names is not null)
            {
                names.Add(prefix + name);
                return;
            }

            row[next++] = (float)value;
        }

        public void Add(string prefix, string name, bool value) => Add(prefix, name, value ? 1.0 : 0.0);
    }
}
