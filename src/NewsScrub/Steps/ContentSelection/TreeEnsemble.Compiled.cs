using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace NewsScrub.Steps;

/// <summary>
/// The trees compiled to code, eight trees to a method: a split becomes a comparison of one column of the row against
/// a constant, so a row's descent reads only its own values, no node records. Scoring takes about half the time of
/// walking the nodes, but compiling costs about 30 ms of JIT time per stage, which a stage earns back after about
/// 50,000 rows (some 400 HTML pages). So each stage walks its nodes until it has scored that many rows in the process,
/// then compiles: the rent-or-buy rule, which spends at most about twice what the better choice in hindsight would
/// have (as near as the measured costs are), and the way the runtime itself tiers its code. The sums are the walk's to the last bit: each tree's leaf is
/// added in the same order, as the same double, and NaN goes right as in the walk.
/// </summary>
internal sealed partial class TreeEnsemble
{
    /// <summary>Rows a stage scores by walking before it compiles: about where compiling has paid for itself.</summary>
    internal const long RowsBeforeCompiling = 50_000;

    // Methods of eight trees of 32 leaves (about 250 branches each) ran as fast as larger ones, and the JIT compiles
    // methods far larger than that without optimising them.
    private const int TreesPerMethod = 8;

    private readonly Lock compiling = new();
    private TreeBlock[]? compiled;
    private long rowsWalked;
    private volatile bool compileDone;

    /// <summary>Adds a block of trees' leaves for the row that starts at <paramref name="row"/> to <paramref name="sum"/>, tree by tree.</summary>
    private delegate double TreeBlock(ref float row, double sum);

    /// <summary>Whether the trees are compiled (they are once the stage has scored enough rows, where code can be generated).</summary>
    internal bool IsCompiled => compiled is not null;

    /// <summary>Every split's column and threshold (for tests that probe the trees at their edges).</summary>
    internal IEnumerable<(int Feature, float Threshold)> Splits => nodes.Select(static node => (node.Feature, node.Threshold));

    /// <summary>Compiles the trees now, if code can be generated at run time (for tests, and for callers that know the run is long).</summary>
    internal void CompileNow()
    {
        lock (compiling)
        {
            if (!compileDone)
            {
                // Ahead-of-time compiled apps cannot generate code, or only interpret it: there the walk stays.
                compiled = RuntimeFeature.IsDynamicCodeSupported && RuntimeFeature.IsDynamicCodeCompiled ? CompileOrNull() : null;
                compileDone = true;
            }
        }
    }

    /// <summary>Keeps the stage walking its nodes however many rows it scores (to compare the two in one process).</summary>
    internal void NeverCompile()
    {
        lock (compiling)
        {
            compiled = null;
            compileDone = true;
        }
    }

    /// <summary>The compiled trees, or null while the stage should still walk.</summary>
    private TreeBlock[]? CompiledFor(int rows)
    {
        if (compileDone)
        {
            return compiled;
        }

        if (Interlocked.Add(ref rowsWalked, rows) >= RowsBeforeCompiling)
        {
            CompileNow();
            return compiled;
        }

        return null;
    }

    private void ScoreCompiled(TreeBlock[] blocks, FeatureRows rows, double[] scores)
    {
        var segments = StartAtBias(rows, scores);
        var values = rows.Values;
        var stride = rows.Stride;
        foreach (var block in blocks)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                ref var score = ref scores[segments[r]];
                score = block(ref values[r * stride], score);
            }
        }
    }

    /// <summary>Compiles the trees and runs each method once, so the JIT's work is done here; null if the runtime refuses the code.</summary>
    private TreeBlock[]? CompileOrNull()
    {
        try
        {
            var blocks = Compile();
            var row = new float[Math.Max(1, Features.Count)];
            foreach (var block in blocks)
            {
                block(ref row[0], 0);
            }

            return blocks;
        }
        catch (Exception exception) when (exception is InvalidProgramException or NotSupportedException)
        {
            // A runtime that will not run generated code (a restricted host): the walk gives the same scores.
            return null;
        }
    }

    private TreeBlock[] Compile()
    {
        var blocks = new TreeBlock[(roots.Length + TreesPerMethod - 1) / TreesPerMethod];
        for (var b = 0; b < blocks.Length; b++)
        {
            var method = new DynamicMethod("TreeBlock", typeof(double), [typeof(float).MakeByRefType(), typeof(double)], typeof(TreeEnsemble).Module);
            var il = method.GetILGenerator();
            var sum = il.DeclareLocal(typeof(double));
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Stloc, sum);
            for (var t = b * TreesPerMethod; t < Math.Min(roots.Length, (b + 1) * TreesPerMethod); t++)
            {
                var next = il.DefineLabel();
                Descend(il, sum, roots[t], next);
                il.MarkLabel(next);
            }

            il.Emit(OpCodes.Ldloc, sum);
            il.Emit(OpCodes.Ret);
            blocks[b] = method.CreateDelegate<TreeBlock>();
        }

        return blocks;
    }

    /// <summary>Emits the subtree at <paramref name="at"/>: compare and branch down to a leaf, add it to the sum, go to <paramref name="next"/>.</summary>
    private void Descend(ILGenerator il, LocalBuilder sum, int at, Label next)
    {
        if (at < 0)
        {
            il.Emit(OpCodes.Ldloc, sum);
            il.Emit(OpCodes.Ldc_R8, (double)leaves[~at]);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Stloc, sum);
            il.Emit(OpCodes.Br, next);
            return;
        }

        // row[feature] <= threshold goes left; greater or unordered (NaN) goes right. The row is a reference to its first
        // column, read unchecked: Score compiles only rows as wide as the stage's features (Parse keeps every split
        // inside those).
        var node = nodes[at];
        var right = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldc_I4, node.Feature * sizeof(float));
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Ldind_R4);
        il.Emit(OpCodes.Ldc_R4, node.Threshold);
        il.Emit(OpCodes.Bgt_Un, right);
        Descend(il, sum, node.Left, next);
        il.MarkLabel(right);
        Descend(il, sum, node.Right, next);
    }
}
