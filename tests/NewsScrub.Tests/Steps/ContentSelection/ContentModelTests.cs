using NewsScrub.Internal;
using NewsScrub.Steps;

namespace NewsScrub.Tests.Steps.ContentSelection;

public sealed class ContentModelTests
{
    private static string OneTreeModel(double threshold = 0, string extra = "")
    {
        var names = string.Join(' ', BlockFeatures.Names);
        // One split on the first feature (log length): long segments score +2, short ones -2.
        return $"format 2\nthreshold {threshold}\n{extra}stage 1\nfeatures {names}\nbias 0\ntree 0:3:-1:-2 | -2 2\n";
    }

    [Fact]
    public void The_built_in_model_loads_and_was_trained_on_the_features_this_build_computes()
    {
        var model = ContentModel.BuiltIn;

        Assert.InRange(model.StageCount, 1, 2);
        Assert.NotEmpty(model.Members);
        foreach (var stages in model.Members)
        {
            Assert.Equal(model.StageCount, stages.Count);
            for (var s = 0; s < stages.Count; s++)
            {
                Assert.True(stages[s].Matches(ContentModel.NamesOf(s)));
                Assert.True(stages[s].TreeCount > 0);
            }
        }
    }

    [Fact]
    public void A_tree_sends_values_at_or_below_its_threshold_left()
    {
        var model = ContentModel.Parse(OneTreeModel());
        var row = new float[BlockFeatures.Count];

        row[0] = 3;
        Assert.Equal(-2, model.Members[0][0].Score(row));
        row[0] = 3.5f;
        Assert.Equal(2, model.Members[0][0].Score(row));
    }

    [Theory]
    [InlineData("threshold 0\nfeatures a b\n")]
    [InlineData("format 2\nthreshold 0\nstage 1\nfeatures log_length\nbias 0\n")]
    [InlineData("format 2\nthreshold 0\nstage 1\nbias 0\ntree 0:1:-1:-2 | 1 2\n")]
    [InlineData("format 2\nthreshold 0\nstage 1\nfeatures x\nbias 0\ntree 5:1:-1:-2 | 1 2\n")]
    [InlineData("format 2\nthreshold 0\nstage 1\nfeatures x\nbias 0\ntree 0:1:-1:-2 | 1\n")]
    [InlineData("format 2\nthreshold 0\nstage 1\nfeatures x\nbias 0\nleaf 1\n")]
    public void A_malformed_or_foreign_model_file_is_refused(string text) =>
        Assert.Throws<FormatException>(() => ContentModel.Parse(text));

    [Fact]
    public void Scoring_rows_tree_by_tree_gives_what_scoring_each_row_alone_gives()
    {
        var (document, _, context) = Prepared("council-budget.html");
        using var rows = ContentModel.Rows(ContentModel.Candidates(document), context);
        var stage = ContentModel.BuiltIn.Members[0][0];

        var batch = ContentModel.Score(stage, document.Segments.Count, rows);

        Assert.True(rows.Count > 0);
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(stage.Score(rows.Row(r)), batch[rows.Segments[r]], 9);
        }
    }

    [Fact]
    public void The_model_scores_a_segment_by_the_mean_of_its_members_and_alike_in_chunks()
    {
        var (document, evidence, context) = Prepared("council-budget.html");
        var model = ContentModel.BuiltIn;

        var scores = model.Score(document, evidence, context);
        var alone = model.Members.Select(stages => new ContentModel([stages], model.Threshold, model.Look).Score(document, evidence, context)).ToList();

        // Each stage is the members' mean, except that where the mean first stage is sure, the answer is that mean.
        Assert.Equal(model.StageCount, scores.Length);
        for (var s = 0; s < scores.Length; s++)
        {
            for (var i = 0; i < document.Segments.Count; i++)
            {
                var mean = alone.Sum(member => member[s][i]) / alone.Count;
                var expected = s > 0 && !model.Look.Includes(scores[0][i]) ? scores[0][i] : mean;
                Assert.Equal(double.IsNaN(expected), double.IsNaN(scores[s][i]));
                if (!double.IsNaN(expected))
                {
                    Assert.Equal(expected, scores[s][i], 9);
                }
            }
        }

        // A page of more candidates than one chunk of rows holds is scored a chunk at a time, to the same scores.
        var chunked = model.Score(document, evidence, context, chunkRows: 7);
        Assert.True(ContentModel.Candidates(document).Length > 7);
        for (var s = 0; s < scores.Length; s++)
        {
            Assert.Equal(scores[s], chunked[s]);
        }
    }

    [Fact]
    public void A_model_file_of_two_members_reads_as_two_and_is_written_with_member_lines()
    {
        var names = string.Join(' ', BlockFeatures.Names);
        var text = $"format 2\nthreshold 0\nmember 1\nstage 1\nfeatures {names}\nbias 0\ntree 0:3:-1:-2 | -2 2\nmember 2\nstage 1\nfeatures {names}\nbias 1\ntree 0:3:-1:-2 | -4 4\n";

        var model = ContentModel.Parse(text);

        Assert.Equal(2, model.Members.Count);
        Assert.Equal(1, model.Members[1][0].Bias);
        var written = ContentModel.Format([[(0, [])], [(1, [])]], 0, 0.25, null, 0, SecondLook.Everything, []);
        Assert.Contains("member 1\nstage 1\n", written, StringComparison.Ordinal);
        Assert.Contains("member 2\nstage 1\n", written, StringComparison.Ordinal);
        Assert.DoesNotContain("member", ContentModel.Format([[(0, [])]], 0, 0.25, null, 0, SecondLook.Everything, []), StringComparison.Ordinal);

        // Members of other stage counts are refused.
        var stage2 = $"stage 2\nfeatures {string.Join(' ', ContentModel.NamesOf(1))}\nbias 0\n";
        Assert.Throws<FormatException>(() => ContentModel.Parse(text.Replace("member 2\n", stage2 + "member 2\n", StringComparison.Ordinal)));
    }

    private static (ScrubDocument Document, PageEvidence Evidence, PageContext Context) Prepared(string example)
    {
        var html = File.ReadAllText(Path.Combine(Support.TestPaths.RepositoryRoot, "docs", "examples", example));
        var document = new ScrubPipelineBuilder().UseMetadata().UseBoilerplate().UseReflow().Build().Prepare(html, InputFormat.Html);
        var evidence = new PageEvidence(document);
        return (document, evidence, new PageContext(document, evidence, NewsScrub.Steps.ContentModel.BuiltIn.Names));
    }

    [Fact]
    public void The_second_stage_looks_again_only_at_what_the_first_was_unsure_of()
    {
        var look = new SecondLook(-1, 3);

        Assert.True(look.Includes(-1));
        Assert.True(look.Includes(1.9));
        Assert.False(look.Includes(2.5));
        Assert.False(look.Includes(-4.5));
        Assert.False(look.Includes(double.NaN));
        Assert.Equal([1, 2], look.Select([0, 1, 2, 3], [-9, 0, -3, 8]));
    }

    [Fact]
    public void The_fitted_threshold_decides_unless_the_options_name_a_confidence()
    {
        var model = ContentModel.Parse(OneTreeModel(threshold: 0));
        Assert.Equal(0, new ContentSelectionStep(new ContentSelectionOptions(), model).Threshold);
        Assert.Equal(Math.Log(0.9 / 0.1), new ContentSelectionStep(new ContentSelectionOptions { MinimumConfidence = 0.9 }, model).Threshold, 9);
    }

    [Fact]
    public void A_page_threshold_line_gives_each_page_its_own_cut_unless_the_options_name_a_confidence()
    {
        var model = ContentModel.Parse(OneTreeModel(threshold: -1.5, extra: "page-threshold 0.2\n"));

        Assert.Equal(new PageThreshold(-1.5, 0.2), model.PageThreshold);
        Assert.True(new ContentSelectionStep(new ContentSelectionOptions(), model).UsesPageThreshold);
        Assert.False(new ContentSelectionStep(new ContentSelectionOptions { MinimumConfidence = 0.5 }, model).UsesPageThreshold);
        Assert.Null(ContentModel.Parse(OneTreeModel()).PageThreshold);
        var written = ContentModel.Format([[(0, [])]], -1.5, 0.1, 0.2, 0, SecondLook.Everything, []);
        Assert.Contains("page-threshold 0.2\n", written, StringComparison.Ordinal);

        // A paragraph weight is a second value on the same line.
        Assert.Equal(new PageThreshold(-1.5, 0.2, 0.5), ContentModel.Parse(OneTreeModel(threshold: -1.5, extra: "page-threshold 0.2 0.5\n")).PageThreshold);
        Assert.Contains("page-threshold 0.2 0.5\n", ContentModel.Format([[(0, [])]], -1.5, 0.1, 0.2, 0.5, SecondLook.Everything, []), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_threshold_keeps_an_unsure_segment_on_an_unsure_page_and_drops_it_on_a_sure_one()
    {
        var cut = new PageThreshold(Centre: 0, Scale: 1);

        // The segment at -0.5 is below the centre. Beside one sure paragraph and an unsure one it is kept...
        Assert.Equal(-0.5, cut.Of([(0.5, 100, false), (-0.5, 100, false), (-1, 100, false), (-6, 100, false)]));
        // ...beside two sure paragraphs it is not: keeping it would cost more precision than it adds recall.
        Assert.Equal(3, cut.Of([(3, 100, false), (-0.5, 100, false), (3, 100, false)]));
        Assert.Equal(0, cut.Of([]));
    }

    [Fact]
    public void A_paragraph_weight_keeps_an_unsure_long_paragraph_that_F1_alone_would_drop()
    {
        // A sure page with one unsure paragraph (-0.5): F1 alone cuts above it, as above.
        Assert.Equal(3, new PageThreshold(0, 1).Of([(3, 100, true), (-0.5, 100, true), (3, 100, true)]));
        // Counting the share of paragraphs kept beside the F1 keeps it; a short line at the same score still goes.
        Assert.Equal(-0.5, new PageThreshold(0, 1, ParagraphWeight: 1).Of([(3, 100, true), (-0.5, 100, true), (3, 100, true)]));
        Assert.Equal(3, new PageThreshold(0, 1, ParagraphWeight: 1).Of([(3, 100, true), (-0.5, 100, false), (3, 100, true)]));
    }

    [Fact]
    public void Compiled_trees_score_every_row_to_the_bit_as_walking_the_nodes_does()
    {
        var random = new Random(7);
        foreach (var stage in ContentModel.ReadBuiltIn().Members.SelectMany(static stages => stages))
        {
            // Values at, just under and just over every threshold the stage splits on, and NaN, infinities and zero.
            var edges = stage.Splits.GroupBy(static split => split.Feature).ToDictionary(
                static group => group.Key,
                static group => group.SelectMany(static split => new[] { split.Threshold, MathF.BitDecrement(split.Threshold), MathF.BitIncrement(split.Threshold) }).ToArray());
            float[] extremes = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0];
            const int count = 2000;
            using var rows = new FeatureRows(Enumerable.Range(0, count).ToArray(), ContentModel.Stride);
            for (var r = 0; r < count; r++)
            {
                var row = rows.Row(r);
                for (var c = 0; c < row.Length; c++)
                {
                    row[c] = random.Next(10) == 0 || !edges.TryGetValue(c, out var values)
                        ? extremes[random.Next(extremes.Length)]
                        : values[random.Next(values.Length)];
                }
            }

            var walked = new double[count];
            stage.Walk(rows, walked);
            stage.CompileNow();
            Assert.True(stage.IsCompiled);
            var compiled = new double[count];
            stage.Score(rows, compiled);

            Assert.Equal(walked.Select(BitConverter.DoubleToInt64Bits), compiled.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void A_page_scores_the_same_with_compiled_trees_as_with_walked_ones()
    {
        var (document, evidence, context) = Prepared("council-budget.html");
        var walking = ContentModel.ReadBuiltIn();
        var compiling = ContentModel.ReadBuiltIn();
        foreach (var stage in compiling.Members.SelectMany(static stages => stages))
        {
            stage.CompileNow();
        }

        var walked = walking.Score(document, evidence, context);
        var compiled = compiling.Score(document, evidence, context);

        Assert.False(walking.Members[0][0].IsCompiled);
        Assert.Equal(walked.Length, compiled.Length);
        for (var s = 0; s < walked.Length; s++)
        {
            Assert.Equal(walked[s].Select(BitConverter.DoubleToInt64Bits), compiled[s].Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void A_stage_walks_its_trees_until_it_has_scored_enough_rows_to_earn_back_compiling_them()
    {
        // One split on the only column: long segments score +2, the rest -2.
        var stage = TreeEnsemble.Parse(["features log_length", "bias 0", "tree 0:3:-1:-2 | -2 2"]);
        var half = (int)(TreeEnsemble.RowsBeforeCompiling / 2);
        using var rows = new FeatureRows(Enumerable.Range(0, half).ToArray(), stride: 1);
        rows.Values[0] = 4;
        var scores = new double[half];

        stage.Score(rows, scores);
        Assert.False(stage.IsCompiled);
        stage.Score(rows, scores);
        Assert.True(stage.IsCompiled);

        // The compiled split still sends the long segment right and the rest (zeros) left.
        Assert.Equal(2, scores[0]);
        Assert.All(scores.Skip(1), static score => Assert.Equal(-2, score));
    }
}
