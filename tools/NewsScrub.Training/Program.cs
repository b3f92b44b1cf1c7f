using System.Globalization;
using NewsScrub.Internal;
using NewsScrub.Steps;
using NewsScrub.Training;

// Fits the content-selection model on the dev corpora in ../shared/bench and reports held-out figures.
//   dotnet run -c Release --project tools/NewsScrub.Training -- cv      cross-validate by site, print held-out figures
//   dotnet run -c Release --project tools/NewsScrub.Training -- train   the same, then fit on everything and write the model
//   dotnet run -c Release --project tools/NewsScrub.Training -- oracle  the ceiling: every segment the gold covers
//   dotnet run -c Release --project tools/NewsScrub.Training -- names   the class and id word weights learned from all pages
// Options: --shared DIR (default ../shared beside the repository), --folds N (5), --out DIR (held-out predictions),
//          --corpora zyte,wcxb  --inputs html,text  --trees N --leaves N --min-leaf N --learning-rate X --threads N
//          --stages 1|2 (2)  --second-trees N (trees of the second stage; default: --trees)
//          --feature-seeds default,2 (the model's members: one fit per seed of the columns each tree samples, "default" for
//          ML.NET's; the members' mean is the model's score; the default is the shipped model's pair)
//          --feature-seed N (one member with that seed: the same as --feature-seeds N)
//          --zyte-weight X (1: how much a Zyte page counts in training beside a WCXB page)
//          --save-scores FILE / --load-scores FILE[,FILE...] (every member's held-out scores, to study thresholds or fit
//          the final model without cross-validating again; the files' members are read in order, and must be the
//          members --feature-seeds names)
//          --soft-labels LOW,HIGH (a segment whose gold coverage is between them trains as content and as not, by its share)
//          --explain ID[,ID...] (with --load-scores: each page's held-out scores, cut and decisions, segment by segment;
//          an id alone, or corpus/input/id as wcxb/Text/0485)
//          --study-classes 1 (after the folds: held-out F1 when pages of each of a few classes get their own threshold)
//          --page-scales fixed,0.15,0.2,0.25,0.3 (per-page expected-F1 threshold scales tried beside a fixed threshold; the default)
//          --paragraph-weights 0,0.25,0.5,1 (weights of the per-page cut's expected paragraph integrity beside its expected F1; the default)
//          --integrity-weight X (how much the quick paragraph integrity counts beside F1 when the threshold is chosen; default 0.25)
//          --second-look PIVOT,MARGIN (-1,4: the second stage scores only segments whose first-stage log-odds are that near the pivot)
// The defaults (both corpora and inputs, 2 stages, 120 trees, learning rate 0.15, 2 threads, second look -1,4, members
// of column seeds default and 2) are the shipped model's settings: `train` with no options rebuilds it.
var command = args.Length > 0 ? args[0] : "cv";
var options = ParseOptions(args.Skip(1).ToArray());
var root = RepositoryRoot();
var shared = options.GetValueOrDefault("shared") ?? Path.GetFullPath(Path.Combine(root, "..", "shared"));
if (!Directory.Exists(Path.Combine(shared, "bench")))
{
    Console.Error.WriteLine($"The dev corpora are not there: {Path.Combine(shared, "bench")} (pass --shared DIR).");
    return 2;
}

var folds = int.Parse(options.GetValueOrDefault("folds") ?? "5", CultureInfo.InvariantCulture);
var corpora = (options.GetValueOrDefault("corpora") ?? "zyte,wcxb").Split(',').ToHashSet(StringComparer.Ordinal);
var inputs = (options.GetValueOrDefault("inputs") ?? "html,text").Split(',').Select(static s => Enum.Parse<PageInput>(s, ignoreCase: true)).ToHashSet();
var defaults = new TreeSettings();
var settings = defaults with
{
    Trees = int.Parse(options.GetValueOrDefault("trees") ?? defaults.Trees.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    Leaves = int.Parse(options.GetValueOrDefault("leaves") ?? defaults.Leaves.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    MinimumExamplesPerLeaf = int.Parse(options.GetValueOrDefault("min-leaf") ?? defaults.MinimumExamplesPerLeaf.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    LearningRate = double.Parse(options.GetValueOrDefault("learning-rate") ?? defaults.LearningRate.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    Threads = int.Parse(options.GetValueOrDefault("threads") ?? defaults.Threads.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    SecondStageTrees = options.GetValueOrDefault("second-trees") is { } second ? int.Parse(second, CultureInfo.InvariantCulture) : defaults.SecondStageTrees,
};

// The model's members, one per column seed; "default" is ML.NET's own.
var seedList = options.GetValueOrDefault("feature-seed") ?? options.GetValueOrDefault("feature-seeds") ?? "default,2";
var members = seedList.Split(',').Select(seed => settings with { FeatureSeed = seed == "default" ? null : int.Parse(seed, CultureInfo.InvariantCulture) }).ToList();
var started = DateTime.UtcNow;
var pages = Corpus.Load(shared, corpora, inputs);
if (options.GetValueOrDefault("id") is { } only)
{
    pages = pages.Where(page => page.Id == only).ToList();
}

var prepared = new PreparedPage[pages.Count];
Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => prepared[p] = PreparedPage.Prepare(pages[p]));
if (options.GetValueOrDefault("soft-labels") is { } band)
{
    var bounds = band.Split(',').Select(static b => double.Parse(b, CultureInfo.InvariantCulture)).ToArray();
    PreparedPage.SoftBand = (bounds[0], bounds[1]);
}

var zyteWeight = double.Parse(options.GetValueOrDefault("zyte-weight") ?? "1", CultureInfo.InvariantCulture);
foreach (var page in prepared)
{
    page.Weight = page.Page.Corpus == Corpus.Zyte ? zyteWeight : 1;
}

Console.WriteLine($"prepared {prepared.Length} pages ({prepared.Sum(static p => p.Candidates.Length)} candidate segments, {BlockFeatures.Count} features) in {(DateTime.UtcNow - started).TotalSeconds:0}s");

switch (command)
{
    case "oracle":
        Oracle(prepared);
        return 0;
    case "dump":
        foreach (var page in prepared)
        {
            Console.WriteLine($"== {page.Page.Corpus}/{page.Page.Id} {page.Page.Input} {page.Page.PageType} gold tokens {page.GoldTokens}");
            for (var i = 0; i < page.Document.Segments.Count; i++)
            {
                var segment = page.Document.Segments[i];
                var shown = segment.Text.Length > 120 ? segment.Text[..120] + "…" : segment.Text;
                Console.WriteLine($"{(segment.IsCandidate ? " " : "R")} {page.Coverage[i]:0.00} {segment.Tag,-8} {shown}");
            }
        }

        return 0;
    case "names":
        // The class and id words the name weights learn from all pages, strongest first.
        var table = NameWeightFit.Fit(prepared.Select(NameWeightFit.Stats).ToArray(), static _ => true);
        Console.WriteLine($"{table.Count} words from at least {NameWeightFit.MinimumSites} sites");
        foreach (var (word, weight) in table.Entries.OrderBy(static entry => entry.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{weight,8:0.000} {word}"));
        }

        return 0;
    case "cv" or "train":
        var stages = int.Parse(options.GetValueOrDefault("stages") ?? "2", CultureInfo.InvariantCulture);
        var look = SecondLook.Parse((options.GetValueOrDefault("second-look") ?? "-1,4").Replace(',', ' '));
        // Per-page threshold scales tried beside the fixed threshold ("fixed"), chosen with the threshold on the other
        // folds. The defaults are those the shipped model was fitted with.
        var scales = (options.GetValueOrDefault("page-scales") ?? "fixed,0.15,0.2,0.25,0.3").Split(',')
            .Select(static s => s == "fixed" ? (double?)null : double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        // Paragraph weights of the per-page cut (its expected paragraph integrity beside its expected F1), and how much
        // the quick paragraph integrity counts beside F1 when the threshold is chosen (0: F1 alone).
        var paragraphWeights = (options.GetValueOrDefault("paragraph-weights") ?? "0,0.25,0.5,1").Split(',').Select(static s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var integrityWeight = double.Parse(options.GetValueOrDefault("integrity-weight") ?? "0.25", CultureInfo.InvariantCulture);
        var cv = new CrossValidation(prepared, folds, stages, members, look, Console.Out, scales, paragraphWeights, integrityWeight);
        if (options.GetValueOrDefault("load-scores") is { } saved)
        {
            try
            {
                cv.LoadScores(saved.Split(','));
            }
            catch (InvalidOperationException mismatch)
            {
                Console.Error.WriteLine(mismatch.Message);
                return 2;
            }
        }
        else
        {
            cv.Run();
            if (options.GetValueOrDefault("save-scores") is { } target)
            {
                cv.SaveScores(target);
            }
        }

        if (options.ContainsKey("study-classes"))
        {
            cv.StudyClasses("none", static _ => false);
            cv.StudyClasses("no markup", static p => p.Document.Elements.Count <= 1);
            cv.StudyClasses("article hint", static p => (p.Document.Hints & (PageHints.Article | PageHints.OgArticle)) != 0);
            cv.StudyClasses("long prose >= 1", static p => p.Context.LongProseSegments >= 1);
            cv.StudyClasses("long prose >= 3", static p => p.Context.LongProseSegments >= 3);
            cv.StudyClasses("container share >= 0.5", static p => p.Evidence.ProseCharacters[p.Evidence.Container] * 2 >= p.Evidence.TotalProse);
            cv.StudyClasses("repeated share < 0.3", static p => p.Context.LargestRepeatedProseShare < 0.3);
            cv.StudyClasses("longest prose >= 600", static p => p.Context.LongestProse >= 600);
        }

        if (options.GetValueOrDefault("explain") is { } explained)
        {
            foreach (var key in explained.Split(','))
            {
                cv.ExplainHeldOut(key);
            }

            return 0;
        }

        cv.Report(options.GetValueOrDefault("out"));
        if (command == "cv")
        {
            return 0;
        }

        var (threshold, share, scale, paragraphWeight) = cv.BestOverallThreshold();
        var fitted = cv.FitFinal();
        var comments = new[]
        {
            "NewsScrub content-selection model: gradient-boosted trees (ML.NET FastTree), log-odds that a segment is main content.",
            "Written by: dotnet run -c Release --project tools/NewsScrub.Training -- train",
            $"Trained on {prepared.Length} dev pages ({string.Join(", ", corpora.Order(StringComparer.Ordinal))}; {string.Join(", ", inputs.Order())}), {prepared.Sum(static p => p.Candidates.Length)} segments, {stages} stage(s){(members.Count > 1 ? $", {members.Count} members (column seeds {string.Join(", ", members.Select(static m => CrossValidation.SeedName(m.FeatureSeed)))}) averaged" : "")}.",
            $"Settings: {settings.Trees} trees{(settings.SecondStageTrees is { } secondTrees ? $" ({secondTrees} in the second stage)" : "")}, {settings.Leaves} leaves, {settings.MinimumExamplesPerLeaf} examples per leaf, learning rate {settings.LearningRate.ToString(CultureInfo.InvariantCulture)}, feature fraction {settings.FeatureFraction.ToString(CultureInfo.InvariantCulture)}, seed {settings.Seed}{(members.Count == 1 && members[0].FeatureSeed is { } columnSeed ? $", feature seed {columnSeed}" : "")}.",
            $"Threshold, fallback share, per-page threshold scale and paragraph weight: the best over {folds}-fold held-out scores (folds grouped by site), for F1 plus {integrityWeight.ToString(CultureInfo.InvariantCulture)} of the paragraph integrity.",
        };
        var text = ContentModel.Format(fitted, threshold, share, scale, paragraphWeight, look, comments, cv.FinalNames);
        var path = options.GetValueOrDefault("model") ?? Path.Combine(root, "src", "NewsScrub", "Steps", "ContentSelection", "Model", "content-model.txt");
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), new System.Text.UTF8Encoding(false));
        Console.WriteLine($"wrote {path} (threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}, fallback share {share.ToString("0.00", CultureInfo.InvariantCulture)}, page scale {scale?.ToString("0.00", CultureInfo.InvariantCulture) ?? "fixed"}, paragraph weight {paragraphWeight.ToString("0.00", CultureInfo.InvariantCulture)}) in {(DateTime.UtcNow - started).TotalSeconds:0}s");
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command}': use cv, train or oracle.");
        return 2;
}

static void Oracle(IReadOnlyList<PreparedPage> pages)
{
    foreach (var group in pages.GroupBy(static p => (p.Page.Corpus, p.Page.Input)))
    {
        var scores = group.Select(static p => Metrics.Wcxb(p.OracleText(), p.Page.Gold)).ToList();
        Console.WriteLine($"{group.Key.Corpus}/{group.Key.Input}: oracle WCXB F1 {scores.Average(static s => s.F):0.000} precision {scores.Average(static s => s.P):0.000} recall {scores.Average(static s => s.R):0.000}");
        var every = group.Select(static p => Metrics.Wcxb(p.OracleText(everySegment: true), p.Page.Gold)).ToList();
        Console.WriteLine($"{group.Key.Corpus}/{group.Key.Input}: oracle over every segment (also those earlier steps removed) WCXB F1 {every.Average(static s => s.F):0.000} recall {every.Average(static s => s.R):0.000}");
        foreach (var type in group.Zip(scores).GroupBy(static x => x.First.Page.PageType))
        {
            Console.WriteLine($"    {type.Key,-14} oracle F1 {type.Average(static x => x.Second.F):0.000} P {type.Average(static x => x.Second.P):0.000} R {type.Average(static x => x.Second.R):0.000}");
        }
        if (group.Key.Corpus == Corpus.Zyte)
        {
            var (p, r, f) = Metrics.Zyte(group.Select(static page => (page.OracleText(), page.Page.Gold)).ToList());
            Console.WriteLine($"{group.Key.Corpus}/{group.Key.Input}: oracle Zyte F1 {f:0.000} precision {p:0.000} recall {r:0.000}");
        }
    }
}

static Dictionary<string, string> ParseOptions(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i++)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
        {
            throw new ArgumentException($"Expected --name value, got '{args[i]}'.", nameof(args));
        }

        result[args[i][2..]] = args[++i];
    }

    return result;
}

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Library.sln")))
        {
            return folder.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
