using System.Globalization;
using System.Text;
using NewsScrub.Steps;

namespace NewsScrub.Training;

/// <summary>
/// K-fold cross-validation grouped by site: each fold's model is trained on the other folds' pages and scores its own,
/// so every page gets a score from a model that never saw its site. The threshold applied to a fold is the one that
/// did best on the other folds' held-out scores, so the figures reported are held-out figures throughout. A model of
/// several members (one per entry of <paramref name="members"/>, each with its own column seed) is cross-validated
/// member by member on the same folds, and a page's held-out score is the members' mean, as the library scores it.
/// </summary>
internal sealed class CrossValidation(IReadOnlyList<PreparedPage> pages, int folds, int stages, IReadOnlyList<TreeSettings> members, SecondLook look, TextWriter log, IReadOnlyList<double?> scales, IReadOnlyList<double> paragraphWeights, double integrityWeight)
{
    public SecondLook Look => look;

    /// <summary>Page F1 of every page at every choice of <see cref="grid"/>.</summary>
    private double[][] f1 = [];

    /// <summary>Quick paragraph integrity of every page at every choice of <see cref="grid"/>.</summary>
    private double[][] integrity = [];

    /// <summary>Thresholds (log-odds) tried.</summary>
    public static readonly double[] Thresholds = Enumerable.Range(-32, 65).Select(static k => k * 0.25).ToArray();

    /// <summary>Recall-fallback shares tried.</summary>
    public static readonly double[] Shares = [0.1, 0.25, 0.4];

    /// <summary>
    /// Every threshold, fallback share and per-page scale tried (a scale of null: the threshold is applied as it is; a
    /// scale: the threshold is the centre of each page's expected-F1 cut, <see cref="PageThreshold"/>, with each paragraph
    /// weight tried).
    /// </summary>
    private readonly Choice[] grid = scales.SelectMany(scale => (scale is null ? [0.0] : paragraphWeights).SelectMany(weight => Shares.SelectMany(share => Thresholds.Select(threshold => new Choice(threshold, share, scale, weight))))).ToArray();

    /// <summary>Held-out scores of each member: its first-stage and its final scores of every page, by page index.</summary>
    private readonly List<(double[][] First, double[][] Final)> memberScores = [];

    /// <summary>Held-out first-stage scores of every page (the members' mean), by page index.</summary>
    public double[][] FirstStageScores { get; } = new double[pages.Count][];

    /// <summary>Held-out final scores of every page (the members' mean), by page index.</summary>
    public double[][] HeldOutScores { get; } = new double[pages.Count][];

    /// <summary>The threshold, fallback share and per-page scale applied to each fold.</summary>
    public Choice[] FoldThresholds { get; } = new Choice[folds];

    public int Stages => stages;

    private int FoldOf(int page) => pages[page].Page.Fold(folds);

    private NameWeightFit.PageStats?[]? nameStats;

    private readonly Dictionary<string, NameWeights> nameTables = new(StringComparer.Ordinal);

    /// <summary>The name-weight table the final model was fitted with (after <see cref="FitFinal"/>).</summary>
    public NameWeights FinalNames { get; private set; } = NameWeights.Empty;

    /// <summary>The name weights fitted on the pages of every fold but <paramref name="excluded"/> (fitted once each).</summary>
    private NameWeights NamesWithout(IEnumerable<int> excluded)
    {
        var folds = excluded.Distinct().Order().ToArray();
        var key = string.Join(',', folds);
        if (!nameTables.TryGetValue(key, out var table))
        {
            nameStats ??= pages.Select(NameWeightFit.Stats).ToArray();
            table = NameWeightFit.Fit(nameStats, p => Array.IndexOf(folds, FoldOf(p)) < 0);
            nameTables[key] = table;
        }

        return table;
    }

    /// <summary>
    /// Writes every page's name-weight columns from the table fitted without the folds <paramref name="excluded"/> names
    /// for it. A page scored now gets a table without its own fold and the folds its model must not see; a page trained
    /// on gets one without its own fold too, as stacking does, so that the trees learn how far a table fitted on other
    /// sites is to be trusted, not how well a table knows the page's own names.
    /// </summary>
    private void UseNames(Func<int, IEnumerable<int>> excluded)
    {
        var tables = Enumerable.Range(0, pages.Count).Select(p => NamesWithout(excluded(p))).ToArray();
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => pages[p].UseNameWeights(tables[p]));
    }

    private TreeEnsemble TrainStage(int stage, Func<int, bool> include, Func<int, double[]?> firstStage, TreeSettings settings, string what)
    {
        var started = DateTime.UtcNow;
        var names = ContentModel.NamesOf(stage);
        var rows = new List<TrainingRow>();
        for (var p = 0; p < pages.Count; p++)
        {
            if (include(p))
            {
                rows.AddRange(pages[p].TrainingRows(names.Count, stage == 0 ? null : firstStage(p), look));
            }
        }

        var (model, _, _) = Trainer.Train(rows, names, settings.ForStage(stage));
        log.WriteLine($"  stage {stage + 1} {what}: {rows.Count} rows, {(DateTime.UtcNow - started).TotalSeconds:0}s");
        return model;
    }

    /// <summary>Marks a scores file that names its members' column seeds (files without it hold one member of unknown seed).</summary>
    private const int ScoresFormat = -2;

    /// <summary>
    /// Saves every member's held-out scores of both stages, so that thresholds and objectives can be studied, and the
    /// final model fitted, without cross-validating again.
    /// </summary>
    public void SaveScores(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(ScoresFormat);
        writer.Write(memberScores.Count);
        for (var m = 0; m < memberScores.Count; m++)
        {
            writer.Write(members[m].FeatureSeed ?? -1);
        }

        writer.Write(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            writer.Write(Key(p));
            foreach (var (first, final) in memberScores)
            {
                foreach (var scores in new[] { first[p], final[p] })
                {
                    writer.Write(scores.Length);
                    foreach (var score in scores)
                    {
                        writer.Write(score);
                    }
                }
            }
        }
    }

    public static string SeedName(int? seed) => seed?.ToString(CultureInfo.InvariantCulture) ?? "default";

    private string Key(int page) => $"{pages[page].Page.Corpus}/{pages[page].Page.Input}/{pages[page].Page.Id}";

    /// <summary>
    /// Reads scores <see cref="SaveScores"/> wrote for the same pages, one member after another over the files given,
    /// then chooses the thresholds as <see cref="Run"/> does. The members read must be the members this run names
    /// (their number, and their column seeds where a file records them).
    /// </summary>
    public void LoadScores(IReadOnlyList<string> paths)
    {
        var index = Enumerable.Range(0, pages.Count).ToDictionary(Key, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            var count = reader.ReadInt32();
            var seeds = new List<int?> { null };
            var recorded = count == ScoresFormat;
            if (recorded)
            {
                seeds = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadInt32() is var seed && seed >= 0 ? seed : (int?)null).ToList();
                count = reader.ReadInt32();
            }

            var first = seeds.Select(_ => new double[pages.Count][]).ToArray();
            var final = seeds.Select(_ => new double[pages.Count][]).ToArray();
            for (var k = 0; k < count; k++)
            {
                var key = reader.ReadString();
                for (var m = 0; m < seeds.Count; m++)
                {
                    var arrays = new double[2][];
                    for (var a = 0; a < 2; a++)
                    {
                        arrays[a] = new double[reader.ReadInt32()];
                        for (var i = 0; i < arrays[a].Length; i++)
                        {
                            arrays[a][i] = reader.ReadDouble();
                        }
                    }

                    if (index.TryGetValue(key, out var p))
                    {
                        (first[m][p], final[m][p]) = (arrays[0], arrays[1]);
                    }
                }
            }

            for (var m = 0; m < seeds.Count; m++)
            {
                var member = memberScores.Count;
                if (recorded && member < members.Count && seeds[m] != members[member].FeatureSeed)
                {
                    throw new InvalidOperationException($"Member {member + 1} of the saved scores ({path}) was fitted with column seed {SeedName(seeds[m])}, this run names {SeedName(members[member].FeatureSeed)}: pass the same --feature-seeds.");
                }

                memberScores.Add((first[m], final[m]));
            }
        }

        if (memberScores.Count != members.Count)
        {
            throw new InvalidOperationException($"The saved scores hold {memberScores.Count} member(s), this run names {members.Count}: pass --feature-seeds to match.");
        }

        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var (first, final) in memberScores)
            {
                if (first[p] is null || final[p].Length != pages[p].Document.Segments.Count)
                {
                    throw new InvalidOperationException($"The saved scores are for other segments of page {pages[p].Page.Id} (the steps before content selection changed): run cv again.");
                }
            }
        }

        if (!double.IsPositiveInfinity(look.Margin))
        {
            // Scores saved with a wider second look: keep the second stage's only where this run's look would take it.
            foreach (var (first, final) in memberScores)
            {
                for (var p = 0; p < pages.Count; p++)
                {
                    for (var i = 0; i < final[p].Length; i++)
                    {
                        if (!look.Includes(first[p][i]))
                        {
                            final[p][i] = first[p][i];
                        }
                    }
                }
            }

            var rows = pages.Sum(static page => page.Rows.Count);
            var looked = pages.Select((page, p) => page.Rows.Segments.ToArray().Count(i => look.Includes(memberScores[0].First[p][i]))).Sum();
            log.WriteLine($"second look (first member) at {looked} of {rows} rows ({100.0 * looked / rows:0.0} %)");
        }

        Combine();
        ChooseThresholds();
    }

    /// <summary>Cross-validates every member, then chooses the thresholds on the members' mean.</summary>
    public void Run()
    {
        foreach (var settings in members)
        {
            log.WriteLine($"member {memberScores.Count + 1} of {members.Count}: column seed {SeedName(settings.FeatureSeed)}");
            memberScores.Add(RunMember(settings));
        }

        Combine();
        ChooseThresholds();
    }

    /// <summary>The members' mean first stage and the model's answer from it, as <see cref="ContentModel.Score"/> takes them.</summary>
    private void Combine()
    {
        for (var p = 0; p < pages.Count; p++)
        {
            FirstStageScores[p] = ContentModel.Mean(memberScores.Select(member => member.First[p]).ToArray());
            HeldOutScores[p] = ContentModel.Combine(FirstStageScores[p], memberScores.Select(member => member.Final[p]).ToArray(), look);
        }
    }

    /// <summary>One member's held-out scores of both stages for every page.</summary>
    private (double[][] First, double[][] Final) RunMember(TreeSettings settings)
    {
        var firstStage = new double[pages.Count][];
        var final = new double[pages.Count][];

        // Stage 1, one model per fold: held-out scores for every page.
        for (var fold = 0; fold < folds; fold++)
        {
            UseNames(p => [fold, FoldOf(p)]);
            var model = TrainStage(0, p => FoldOf(p) != fold, static _ => null, settings, $"without fold {fold}");
            for (var p = 0; p < pages.Count; p++)
            {
                if (FoldOf(p) == fold)
                {
                    firstStage[p] = pages[p].Score(model);
                }
            }
        }

        if (stages == 1)
        {
            Array.Copy(firstStage, final, pages.Count);
            return (firstStage, final);
        }

        // Stage 2 for fold f learns from the other folds' pages, whose first-stage scores must come from a model that saw
        // neither fold f nor their own fold: one first-stage model per pair of folds.
        // Each pair's model scores its two folds' pages at once, with the name weights it was trained with.
        var pairScores = new Dictionary<(int, int), double[][]>();
        for (var f = 0; f < folds; f++)
        {
            for (var g = f + 1; g < folds; g++)
            {
                var (a, b) = (f, g);
                UseNames(p => [a, b, FoldOf(p)]);
                var pairModel = TrainStage(0, p => FoldOf(p) != a && FoldOf(p) != b, static _ => null, settings, $"without folds {f} and {g}");
                var scored = new double[pages.Count][];
                for (var p = 0; p < pages.Count; p++)
                {
                    if (FoldOf(p) == a || FoldOf(p) == b)
                    {
                        scored[p] = pages[p].Score(pairModel);
                    }
                }

                pairScores[(f, g)] = scored;
            }
        }

        for (var fold = 0; fold < folds; fold++)
        {
            var f = fold;
            var inner = new double[pages.Count][];
            for (var p = 0; p < pages.Count; p++)
            {
                var g = FoldOf(p);
                if (g != f)
                {
                    inner[p] = pairScores[(Math.Min(f, g), Math.Max(f, g))][p];
                }
            }

            UseNames(p => [f, FoldOf(p)]);

            var model = TrainStage(1, p => FoldOf(p) != f, p => inner[p], settings, $"without fold {fold}");
            for (var p = 0; p < pages.Count; p++)
            {
                if (FoldOf(p) == f)
                {
                    final[p] = pages[p].Score(model, firstStage[p], look);
                }
            }
        }

        return (firstStage, final);
    }

    private void ChooseThresholds()
    {
        // Page F1 for every page at every threshold (fallback on, as the step runs).
        f1 = new double[pages.Count][];
        integrity = new double[pages.Count][];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p =>
        {
            var values = grid.Select(g => pages[p].Evaluate(HeldOutScores[p], g)).ToArray();
            f1[p] = values.Select(static v => v.F1).ToArray();
            integrity[p] = values.Select(static v => v.Integrity).ToArray();
        });

        for (var fold = 0; fold < folds; fold++)
        {
            var f = fold;
            FoldThresholds[fold] = grid[BestThreshold(p => FoldOf(p) != f)];
        }

        log.WriteLine("fold thresholds/fallback shares/page scales/paragraph weights: " + string.Join(' ', FoldThresholds.Select(static t => t.ToString())));
        var chosen = FoldThresholds.Select(choice => Array.IndexOf(grid, choice)).ToArray();
        foreach (var group in Enumerable.Range(0, pages.Count).GroupBy(p => (pages[p].Page.Corpus, pages[p].Page.Input)).OrderBy(static g => g.Key.Corpus).ThenBy(static g => g.Key.Input))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key.Corpus}/{group.Key.Input} held-out quick F1 {group.Average(p => f1[p][chosen[FoldOf(p)]]):0.0000}  quick paragraph integrity {group.Average(p => integrity[p][chosen[FoldOf(p)]]):0.0000}"));
        }
        foreach (var group in pages.Select((page, index) => (page, index)).GroupBy(static x => (x.page.Page.Corpus, x.page.Page.Input)).OrderBy(static g => g.Key.Corpus).ThenBy(static g => g.Key.Input))
        {
            // The curve of the first scale tried (the fixed threshold, by default) at the middle share.
            var middle = Array.IndexOf(Shares, 0.25) * Thresholds.Length;
            var curve = Enumerable.Range(0, Thresholds.Length).Where(static k => k % 4 == 0)
                .Select(k => $"{Thresholds[k].ToString("0", CultureInfo.InvariantCulture)}:{group.Average(x => f1[x.index][middle + k]).ToString("0.000", CultureInfo.InvariantCulture)}");
            log.WriteLine($"  {group.Key.Corpus}/{group.Key.Input} F1 by threshold: {string.Join(' ', curve)}");
        }
    }

    /// <summary>
    /// The grid index whose threshold does best on the pages <paramref name="include"/> accepts: the mean over the
    /// corpus-and-input groups of their mean page F1, so every corpus and input counts the same whatever its size, plus
    /// the integrity weight times the same mean of the quick paragraph integrity.
    /// </summary>
    private int BestThreshold(Func<int, bool> include)
    {
        var groups = Enumerable.Range(0, pages.Count).Where(include).GroupBy(p => (pages[p].Page.Corpus, pages[p].Page.Input)).Select(static g => g.ToArray()).ToList();
        var best = 0;
        var bestValue = double.MinValue;
        for (var k = 0; k < grid.Length; k++)
        {
            var value = groups.Average(group => group.Average(p => f1[p][k] + (integrityWeight * integrity[p][k])));
            if (value > bestValue)
            {
                bestValue = value;
                best = k;
            }
        }

        return best;
    }

    /// <summary>
    /// Study: the held-out quick F1 of every corpus and input when pages of two classes (by <paramref name="inClass"/>)
    /// each get their own threshold and fallback share, chosen on the other folds as <see cref="ChooseThresholds"/> does.
    /// </summary>
    public void StudyClasses(string name, Func<PreparedPage, bool> inClass)
    {
        var chosen = new int[pages.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            foreach (var value in new[] { false, true })
            {
                var (f, v) = (fold, value);
                if (!Enumerable.Range(0, pages.Count).Any(p => FoldOf(p) != f && inClass(pages[p]) == v))
                {
                    continue;
                }

                var best = BestThreshold(p => FoldOf(p) != f && inClass(pages[p]) == v);
                for (var p = 0; p < pages.Count; p++)
                {
                    if (FoldOf(p) == f && inClass(pages[p]) == v)
                    {
                        chosen[p] = best;
                    }
                }
            }
        }

        var parts = pages.Select((page, index) => (page, index)).GroupBy(static x => (x.page.Page.Corpus, x.page.Page.Input)).OrderBy(static g => g.Key.Corpus).ThenBy(static g => g.Key.Input)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Corpus}/{g.Key.Input} {g.Average(x => f1[x.index][chosen[x.index]]):0.0000} (in class {g.Count(x => inClass(x.page))})"));
        log.WriteLine($"classes {name,-24} {string.Join("  ", parts)}");
    }

    /// <summary>
    /// The shipped model: every member's stages fitted on all pages (each member's second stage on its own first stage's
    /// held-out scores).
    /// </summary>
    public List<IReadOnlyList<(double Bias, IEnumerable<TreeEnsemble.Tree> Trees)>> FitFinal()
    {
        var result = new List<IReadOnlyList<(double, IEnumerable<TreeEnsemble.Tree>)>>();
        // The final trees learn from rows whose name weights come from the other folds' pages, as in the folds; the
        // library reads names with the table fitted on every page.
        UseNames(p => [FoldOf(p)]);
        FinalNames = NamesWithout([]);
        for (var m = 0; m < members.Count; m++)
        {
            var fitted = new List<(double, IEnumerable<TreeEnsemble.Tree>)>();
            for (var stage = 0; stage < stages; stage++)
            {
                var names = ContentModel.NamesOf(stage);
                var rows = new List<TrainingRow>();
                for (var p = 0; p < pages.Count; p++)
                {
                    rows.AddRange(pages[p].TrainingRows(names.Count, stage == 0 ? null : memberScores[m].First[p], look));
                }

                var (_, bias, trees) = Trainer.Train(rows, names, members[m].ForStage(stage));
                fitted.Add((bias, trees));
                log.WriteLine($"final member {m + 1} stage {stage + 1}: {rows.Count} rows");
            }

            result.Add(fitted);
        }

        return result;
    }

    /// <summary>The threshold that does best over all held-out scores: the one shipped with the final model.</summary>
    public Choice BestOverallThreshold() => grid[BestThreshold(static _ => true)];

    /// <summary>The held-out article text of a page.</summary>
    public string HeldOutText(int page)
    {
        return pages[page].Text(HeldOutScores[page], FoldThresholds[pages[page].Page.Fold(folds)]);
    }

    /// <summary>
    /// Prints one page's held-out view, segment by segment: its score from the models that never saw its site, the
    /// page's cut, whether it was kept and how much of it the gold covers. For studying a class of failure on the folds'
    /// own scores (the shipped model's view of a page it was fitted on is in-sample).
    /// </summary>
    public void ExplainHeldOut(string key)
    {
        for (var p = 0; p < pages.Count; p++)
        {
            if (!string.Equals(Key(p), key, StringComparison.OrdinalIgnoreCase) && !string.Equals(pages[p].Page.Id, key, StringComparison.Ordinal))
            {
                continue;
            }

            var page = pages[p];
            var fold = FoldOf(p);
            var choice = FoldThresholds[fold];
            var scores = HeldOutScores[p];
            var (decisions, cut) = page.Decide(scores, choice);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {Key(p)} {page.Page.PageType} fold {fold} choice {choice} cut {cut:0.00}"));
            var segments = page.Document.Segments;
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                var shown = segment.Text.Length > 100 ? segment.Text[..100] + "…" : segment.Text;
                var what = segment.IsCandidate ? decisions[i].ToString() : "R:" + segment.Category;
                var first = FirstStageScores[p] is { } firstScores && segment.IsCandidate ? firstScores[i].ToString("+0.0;-0.0", CultureInfo.InvariantCulture) : "";
                var final = segment.IsCandidate ? scores[i].ToString("+0.0;-0.0", CultureInfo.InvariantCulture) : "";
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i,5} {what,-22} {first,6} {final,6} gold {page.Coverage[i]:0.00} {(page.Evidence.IsProse[i] ? "P" : " ")} {shown}"));
            }
        }
    }

    /// <summary>Prints the held-out figures by corpus, input and page type, and writes the predictions for the official scorers.</summary>
    public void Report(string? outputFolder)
    {
        var texts = new string[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => texts[p] = HeldOutText(p));
        foreach (var group in pages.Select((page, index) => (page, index)).GroupBy(static x => (x.page.Page.Corpus, x.page.Page.Input)).OrderBy(static g => g.Key.Corpus).ThenBy(static g => g.Key.Input))
        {
            var (corpus, input) = group.Key;
            var items = group.ToList();
            var label = $"{corpus}/{input.ToString().ToLowerInvariant()}";
            if (corpus == Corpus.Zyte)
            {
                var (p, r, f) = Metrics.Zyte(items.Select(x => (texts[x.index], x.page.Page.Gold)).ToList());
                log.WriteLine($"{label,-12} held-out Zyte F1 {f:0.000}  precision {p:0.000}  recall {r:0.000}  pages {items.Count}");
            }

            var scores = items.Select(x => (x.page.Page.PageType, Score: Metrics.Wcxb(texts[x.index], x.page.Page.Gold), Empty: Metrics.Tokens(texts[x.index], true).Count == 0)).ToList();
            log.WriteLine($"{label,-12} held-out WCXB F1 {scores.Average(static s => s.Score.F):0.000}  precision {scores.Average(static s => s.Score.P):0.000}  recall {scores.Average(static s => s.Score.R):0.000}  empty {scores.Count(static s => s.Empty)}  pages {items.Count}");
            if (corpus == Corpus.Wcxb)
            {
                foreach (var type in scores.GroupBy(static s => s.PageType).OrderBy(static g => g.Key, StringComparer.Ordinal))
                {
                    log.WriteLine($"    {type.Key,-14} F1 {type.Average(static s => s.Score.F):0.000}  precision {type.Average(static s => s.Score.P):0.000}  recall {type.Average(static s => s.Score.R):0.000}  empty {type.Count(static s => s.Empty)}  pages {type.Count()}");
                }
            }

            if (outputFolder is not null)
            {
                var folder = Path.Combine(outputFolder, $"{corpus}-{input.ToString().ToLowerInvariant()}");
                Directory.CreateDirectory(folder);
                foreach (var (page, index) in items)
                {
                    File.WriteAllText(Path.Combine(folder, page.Page.Id + ".txt"), texts[index], new UTF8Encoding(false));
                }
            }
        }
    }
}

/// <summary>How a page's scores become decisions: the threshold (or the centre of a per-page cut), the fallback share, the per-page scale and its paragraph weight.</summary>
internal readonly record struct Choice(double Threshold, double Share, double? Scale, double ParagraphWeight = 0)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Threshold:0.00}/{Share:0.00}/{(Scale is { } scale ? scale.ToString("0.00", CultureInfo.InvariantCulture) : "fixed")}/{ParagraphWeight:0.00}");
}
