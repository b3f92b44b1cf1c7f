using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using NewsScrub.Steps;

namespace NewsScrub.Training;

/// <summary>Settings of the boosted trees; defaults are what `train` ships.</summary>
/// <summary>The defaults are the shipped model's settings, so <c>train</c> with no options rebuilds it.</summary>
internal sealed record TreeSettings
{
    public int Trees { get; init; } = 120;

    /// <summary>Trees of the second stage, which scores only the rows the first is unsure of; null: <see cref="Trees"/>.</summary>
    public int? SecondStageTrees { get; init; }

    public int Leaves { get; init; } = 32;

    public int MinimumExamplesPerLeaf { get; init; } = 50;

    public double LearningRate { get; init; } = 0.15;

    public double FeatureFraction { get; init; } = 0.7;

    public int Seed { get; init; } = 1;

    /// <summary>The seed of the columns each tree samples (<see cref="FeatureFraction"/>); null: ML.NET's default, the shipped model's.</summary>
    public int? FeatureSeed { get; init; }

    public int Threads { get; init; } = 2;

    /// <summary>The settings of one stage (0: the first).</summary>
    public TreeSettings ForStage(int stage) => stage == 0 || SecondStageTrees is null ? this : this with { Trees = SecondStageTrees.Value };
}

/// <summary>Trains a FastTree binary classifier on feature rows and exports its trees for <see cref="TreeEnsemble"/>.</summary>
internal static class Trainer
{
    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; }
    }

    /// <summary>Fits one stage on rows of <paramref name="featureCount"/> columns; returns it as the evaluator reads it, and as written.</summary>
    public static (TreeEnsemble Model, double Bias, List<TreeEnsemble.Tree> Trees) Train(IReadOnlyList<TrainingRow> rows, IReadOnlyList<string> names, TreeSettings settings)
    {
        var featureCount = names.Count;
        var ml = new MLContext(seed: settings.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var data = ml.Data.LoadFromEnumerable(rows.Select(row => new Row { Features = row.Features.Length == featureCount ? row.Features : row.Features[..featureCount], Label = row.Label, Weight = row.Weight }), schema);
        var options = new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinimumExamplesPerLeaf,
            LearningRate = settings.LearningRate,
            FeatureFraction = settings.FeatureFraction,
            Seed = settings.Seed,
            NumberOfThreads = settings.Threads,
            DiskTranspose = false,
        };
        if (settings.FeatureSeed is { } featureSeed)
        {
            options.FeatureSelectionSeed = featureSeed;
        }

        var trainer = ml.BinaryClassification.Trainers.FastTree(options);
        var model = trainer.Fit(data);
        var ensemble = model.Model.SubModel.TrainedTreeEnsemble;
        var trees = new List<TreeEnsemble.Tree>();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            var weight = ensemble.TreeWeights[t];
            if (tree.CategoricalSplitFlags.Any(static flag => flag))
            {
                throw new InvalidOperationException("Categorical splits are not supported by the evaluator.");
            }

            trees.Add(new TreeEnsemble.Tree(
                tree.NumericalSplitFeatureIndexes.ToArray(),
                tree.NumericalSplitThresholds.ToArray(),
                tree.LeftChild.ToArray(),
                tree.RightChild.ToArray(),
                tree.LeafValues.Select(value => (float)(value * weight)).ToArray()));
        }

        var builder = new System.Text.StringBuilder();
        TreeEnsemble.Format(builder, names, ensemble.Bias, trees);
        var exported = TreeEnsemble.Parse(builder.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Verify(ml, model, data, exported, rows);
        return (exported, ensemble.Bias, trees);
    }

    /// <summary>The exported trees must score the training rows exactly as ML.NET does.</summary>
    private static void Verify(MLContext ml, BinaryPredictionTransformer<Microsoft.ML.Calibrators.CalibratedModelParametersBase<FastTreeBinaryModelParameters, Microsoft.ML.Calibrators.PlattCalibrator>> model, IDataView data, TreeEnsemble exported, IReadOnlyList<TrainingRow> rows)
    {
        var scored = model.Transform(ml.Data.TakeRows(data, 2000));
        var scores = scored.GetColumn<float>("Score").ToArray();
        for (var i = 0; i < scores.Length; i++)
        {
            var mine = exported.Score(rows[i].Features);
            if (Math.Abs(mine - scores[i]) > 1e-3 * Math.Max(1, Math.Abs(scores[i])))
            {
                throw new InvalidOperationException($"The exported model scores row {i} as {mine}, ML.NET as {scores[i]}.");
            }
        }
    }
}

/// <summary>One segment as the trainer sees it.</summary>
internal sealed record TrainingRow(float[] Features, bool Label, float Weight);
