using BenchmarkDotNet.Running;
using NewsScrub.Text;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --throughput</c> prints quick MB/s figures; any other arguments go to BenchmarkDotNet
/// (for example <c>--filter *TextCleaning*</c>).
/// </summary>
internal static class Program
{
    // Cumulative pipelines: each row adds one step, so the differences show what each step costs.
    private static readonly ScrubPipeline P0 = new ScrubPipelineBuilder().Build();
    private static readonly ScrubPipeline P1 = NewsScrub.Steps.BoilerplatePipelineBuilderExtensions.UseBoilerplate(new ScrubPipelineBuilder()).Build();
    private static readonly ScrubPipeline P2 = NewsScrub.Steps.MetadataPipelineBuilderExtensions.UseMetadata(NewsScrub.Steps.BoilerplatePipelineBuilderExtensions.UseBoilerplate(new ScrubPipelineBuilder())).Build();
    private static readonly ScrubPipeline P3 = NewsScrub.Steps.ReflowPipelineBuilderExtensions.UseReflow(NewsScrub.Steps.MetadataPipelineBuilderExtensions.UseMetadata(NewsScrub.Steps.BoilerplatePipelineBuilderExtensions.UseBoilerplate(new ScrubPipelineBuilder()))).Build();

    public static void Main(string[] args)
    {
        if (args.Contains("--loop"))
        {
            // For profilers: clean the text dumps over and over for ten seconds.
            var until = DateTime.UtcNow.AddSeconds(10);
            while (DateTime.UtcNow < until)
            {
                foreach (var page in BenchPages.TextDumps)
                {
                    ScrubPipeline.Default.CleanText(page);
                }
            }

            return;
        }

        if (args.Contains("--throughput"))
        {
            Throughput.Run("text dumps (bench/text/dev)", BenchPages.TextDumps,
            [
                ("read into segments (baseline)", static page => PlainTextReader.Read(page)),
                ("read + language, no steps", page => P0.CleanText(page)),
                ("+ boilerplate", page => P1.CleanText(page)),
                ("+ metadata", page => P2.CleanText(page)),
                ("+ reflow", page => P3.CleanText(page)),
                ("clean text (default pipeline)", static page => ScrubPipeline.Default.CleanText(page)),
            ],
            Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
