using BenchmarkDotNet.Running;
using NewsScrub.Steps;
using NewsScrub.Text;

namespace NewsScrub.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --throughput</c> prints quick MB/s figures for the text dumps, then for the HTML pages
/// (<c>--throughput-html [FOLDER] [ROUNDS]</c> for the HTML part alone; <c>--trees [FOLDER] [ROUNDS] [TEXT-FOLDER]</c>
/// compares compiled and walked trees; <c>--attributes [FOLDER] [ROUNDS]</c> extraction with and without the unread
/// markup (attributes, whitespace, comments, skipped content) dropped before the parse); <c>--explain PAGE [FILTER]</c> shows the
/// reader's view of one page and each segment's scores; <c>--explain-features PAGE I J</c> lists the feature columns in
/// which two of its segments differ; <c>--large MB</c> times the HTML phases on one synthetic page; <c>--hostile [SCALE]</c>
/// prints the hostile-input table (docs/robustness.md). Any other arguments
/// go to BenchmarkDotNet (for example <c>--filter *TextCleaning*</c> or <c>--filter *Extraction*</c>).
/// </summary>
internal static class Program
{
    // Cumulative pipelines: each row adds one step, so the differences show what each step costs.
    private static readonly ScrubPipeline P0 = new ScrubPipelineBuilder().Build();
    private static readonly ScrubPipeline P1 = NewsScrub.Steps.BoilerplatePipelineBuilderExtensions.UseBoilerplate(new ScrubPipelineBuilder()).Build();
    private static readonly ScrubPipeline P2 = NewsScrub.Steps.MetadataPipelineBuilderExtensions.UseMetadata(NewsScrub.Steps.BoilerplatePipelineBuilderExtensions.UseBoilerplate(new ScrubPipelineBuilder())).Build();
    private static readonly ScrubPipeline P3 = NewsScrub.Steps.ReflowPipelineBuilderExtensions.UseReflow(NewsScrub.Steps.MetadataPipelineBuilderExtensions.UseMetadata(NewsScrub.Steps.BoilerplatePipelineBuilderExtensions.UseBoilerplate(new ScrubPipelineBuilder()))).Build();

    private static string RepositoryRoot { get; } = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(static attribute => attribute.Key == "RepositoryRoot").Value!;

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--name-reading")
        {
            return NameReading.Run(args.Length > 1 ? args[1] : Pages.DefaultFolder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
        }

        if (args.Length > 0 && args[0] == "--step-times-text")
        {
            var texts = args.Length > 1 ? BenchPages.Read(args[1], "*.txt") : BenchPages.TextDumps;
            return StepTimes.RunText(texts, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
        }

        if (args.Length > 0 && args[0] == "--step-times")
        {
            return StepTimes.Run(args.Length > 1 ? args[1] : Pages.DefaultFolder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
        }

        if (args.Length > 0 && args[0] == "--trees")
        {
            return TreesComparison.Run(args.Length > 1 ? args[1] : Pages.DefaultFolder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20, args.Length > 3 ? args[3] : null);
        }

        if (args.Length > 0 && args[0] == "--attributes")
        {
            return AttributeComparison.Run(args.Length > 1 ? args[1] : Pages.DefaultFolder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
        }

        if (args.Length > 0 && args[0] == "--throughput-html")
        {
            return HtmlThroughput.Run(args.Length > 1 ? args[1] : Pages.DefaultFolder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
        }

        if (args.Length > 1 && args[0] == "--large")
        {
            return HtmlThroughput.Large(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Length > 0 && args[0] == "--languages")
        {
            return DetectionBenchmark.Run(RepositoryRoot);
        }

        if (args.Length > 1 && args[0] == "--detect-pages")
        {
            return DetectionPages.Run(args[1], args.Length > 2 ? args[2] : null, RepositoryRoot);
        }

        if (args.Length > 1 && args[0] == "--detect")
        {
            return DetectionProbe.Run(args[1]);
        }

        if (args.Length > 0 && args[0] == "--hostile")
        {
            return HostileInputs.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
        }

        if (args.Length > 2 && args[0] == "--hostile-case")
        {
            return HostileInputs.RunOne(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Length > 3 && args[0] == "--explain-features")
        {
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            return Explain.Compare(args[1], int.Parse(args[2], culture), int.Parse(args[3], culture));
        }

        if (args.Length > 1 && args[0] == "--explain")
        {
            return Explain.Run(args[1], args.Length > 2 ? args[2] : null);
        }

        if (args.Length > 1 && args[0] == "--loop-html")
        {
            // For profilers: extract the HTML pages over and over for twenty seconds.
            var pages = Pages.Load(args[1]).Select(static page => NewsScrub.Html.HtmlDecoder.Decode(page.Bytes, null)).ToArray();
            var until = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < until)
            {
                foreach (var page in pages)
                {
                    ScrubPipeline.Default.CleanHtml(page);
                }
            }

            return 0;
        }

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

            return 0;
        }

        if (args.Length > 2 && args[0] == "--memory-one")
        {
            return PeakMemory.RunOne(args[1], args[2]);
        }

        if (args.Length > 0 && args[0] == "--memory")
        {
            return PeakMemory.Run(args.Length > 1 ? args[1] : Pages.DefaultFolder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50);
        }

        if (args.Length > 0 && args[0] == "--boilerplate-profile")
        {
            // The boilerplate step's parts, each over every segment of the HTML pages as the reader gives them.
            var documents = Pages.Load(args.Length > 1 ? args[1] : Pages.DefaultFolder).Select(static page => NewsScrub.Html.HtmlPageReader.Read(NewsScrub.Html.HtmlDecoder.Decode(page.Bytes, null))).ToArray();
            foreach (var d in documents)
            {
                d.Language ??= NewsScrub.Languages.LanguageDetector.Detect(d.Segments.Select(static segment => segment.Text));
            }

            var texts = documents.SelectMany(static d => d.Segments.Select(segment => (d.Language, segment.Text))).ToArray();
            var catalog = new PhraseCatalog(new BoilerplateOptions());
            var shapes = new FurnitureShapes();
            Throughput.Run("boilerplate parts over the HTML pages' segments", texts.Select(static t => t.Text).ToArray(),
            [
                ("length (baseline)", static text => GC.KeepAlive(text.Length)),
                ("catalogue match", text => catalog.Match(text, "en")),
                ("caption before credit", static text => FurnitureShapes.CaptionBeforeCredit(text)),
                ("furniture shapes", text => shapes.Classify(text, "en")),
                ("stopword measures", static text => TextMeasures.Of(text, NewsScrub.Languages.LanguageProfiles.For("en").GetAlternateLookup<ReadOnlySpan<char>>())),
            ],
            Console.Out);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--steps-html")
        {
            // Cumulative pipelines over the HTML pages, each row adding one step, beside HtmlAgilityPack's parse.
            var html = Pages.Load(args.Length > 1 ? args[1] : Pages.DefaultFolder).Select(static page => NewsScrub.Html.HtmlDecoder.Decode(page.Bytes, null)).ToArray();
            var selectionOnly = new ScrubPipelineBuilder().UseMetadata().UseBoilerplate().UseReflow().Build();
            Throughput.Run("HTML pages, step by step", html,
            [
                ("parse only (HtmlAgilityPack)", static page => NewsScrub.Html.HtmlPageReader.ParseDocument(page)),
                ("read into segments", static page => NewsScrub.Html.HtmlPageReader.Read(page)),
                ("read + language, no steps", page => P0.CleanHtml(page)),
                ("+ boilerplate", page => P1.CleanHtml(page)),
                ("+ metadata", page => P2.CleanHtml(page)),
                ("+ reflow", page => P3.CleanHtml(page)),
                ("+ evidence and features", page =>
                {
                    var document = selectionOnly.Prepare(page, InputFormat.Html);
                    var evidence = new NewsScrub.Steps.PageEvidence(document);
                    NewsScrub.Steps.ContentModel.Rows(NewsScrub.Steps.ContentModel.Candidates(document), new NewsScrub.Steps.PageContext(document, evidence, NewsScrub.Steps.ContentModel.BuiltIn.Names));
                }),
                ("default pipeline (+ model)", static page => ScrubPipeline.Default.CleanHtml(page)),
            ],
            Console.Out);
            return 0;
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
            Console.WriteLine();
            return HtmlThroughput.Run(Pages.DefaultFolder, 10);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
