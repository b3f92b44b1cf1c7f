using System.Text;
using NewsScrub.Html;
using NewsScrub.Internal;
using NewsScrub.Steps;

namespace NewsScrub.Benchmarks;

/// <summary>Prints the reader's view of a page: each block with its decision, score and container path.</summary>
internal static class Explain
{
    public static int Run(string path, string? filter)
    {
        var document = Prepare(path);
        var elements = document.Elements;
        Console.WriteLine($"title: {document.Title}  language: {document.Language}  byline: {document.Byline}  published: {document.Published:O}  hints: {document.Hints}");
        var evidence = new PageEvidence(document);
        var context = new PageContext(document, evidence, NewsScrub.Steps.ContentModel.BuiltIn.Names);
        var scores = ContentModel.BuiltIn.Score(document, evidence, context);
        var model = ContentModel.BuiltIn;
        var threshold = model.ThresholdFor(document.Segments, evidence, scores[^1]);
        var decisions = ContentSelectionStep.Select(document, evidence, scores[^1], threshold, model.FallbackShare);
        Console.WriteLine($"container: {PathOf(elements, evidence.Container)}  threshold: {threshold:0.00} (model: {model.Threshold:0.00})");
        var lastPath = string.Empty;
        for (var i = 0; i < document.Segments.Count; i++)
        {
            var segment = document.Segments[i];
            var state = segment.IsRemoved ? "R:" + segment.Category : decisions[i].ToString();
            var stages = string.Join(' ', scores.Select(stage => double.IsNaN(stage[i]) ? "     " : stage[i].ToString("+0.0;-0.0", System.Globalization.CultureInfo.InvariantCulture).PadLeft(5)));
            var line = $"{i,4} {state,-16} {stages} {(evidence.IsProse[i] ? "P" : " ")} {Trim(segment.Text, 110)}";
            var where = PathOf(elements, segment.Owner);
            if (filter is null || line.Contains(filter, StringComparison.OrdinalIgnoreCase) || where.Contains(filter, StringComparison.OrdinalIgnoreCase))
            {
                if (where != lastPath)
                {
                    Console.WriteLine($"{"",16} @ {where}");
                    lastPath = where;
                }

                Console.WriteLine(line);
            }
        }

        return 0;
    }

    /// <summary>
    /// The first-stage feature columns in which two segments of a page differ (segment numbers as <see cref="Run"/>
    /// prints them): why the model scores one paragraph far below its neighbour.
    /// </summary>
    public static int Compare(string path, int first, int second)
    {
        var document = Prepare(path);
        var context = new PageContext(document, new PageEvidence(document), NewsScrub.Steps.ContentModel.BuiltIn.Names);
        var candidates = ContentModel.Candidates(document);
        var (a, b) = (Array.IndexOf(candidates, first), Array.IndexOf(candidates, second));
        if (a < 0 || b < 0)
        {
            Console.Error.WriteLine($"segments {first} and {second} must both be candidates (not removed by an earlier step)");
            return 2;
        }

        using var rows = ContentModel.Rows(candidates, context);
        var names = BlockFeatures.Names;
        Console.WriteLine($"{"feature",-32} {first,10} {second,10}");
        for (var k = 0; k < names.Count; k++)
        {
            var (x, y) = (rows.Row(a)[k], rows.Row(b)[k]);
            if (x != y)
            {
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{names[k],-32} {x,10:0.###} {y,10:0.###}"));
            }
        }

        return 0;
    }

    /// <summary>The page as the content step receives it. A .txt file is a scraped text page; anything else is HTML.</summary>
    private static ScrubDocument Prepare(string path)
    {
        var isText = path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
        var html = isText ? File.ReadAllText(path) : HtmlDecoder.Decode(File.ReadAllBytes(path), null);
        var prefix = new ScrubPipelineBuilder().UseMetadata().UseBoilerplate().UseReflow().Build();
        return prefix.Prepare(html, isText ? InputFormat.Text : InputFormat.Html);
    }

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    public static string PathOf(List<DocumentElement> elements, int index)
    {
        var parts = new List<string>();
        for (var i = index; i > 0 && parts.Count < 5; i = elements[i].Parent)
        {
            var e = elements[i];
            var builder = new StringBuilder(e.Tag);
            if (e.Id is not null)
            {
                builder.Append('#').Append(Trim(e.Id, 20));
            }

            if (e.Classes is not null)
            {
                builder.Append('.').Append(Trim(e.Classes.Trim().Replace(' ', '.'), 30));
            }

            if (e.Signal != TokenSignal.None)
            {
                builder.Append('{').Append(e.Signal).Append('}');
            }

            parts.Add(builder.ToString());
        }

        parts.Reverse();
        return string.Join(" > ", parts);
    }
}
