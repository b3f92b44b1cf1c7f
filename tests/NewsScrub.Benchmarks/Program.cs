using BenchmarkDotNet.Running;
using NewsScrub.Benchmarks;

// --throughput [FOLDER]: one process, one thread, extraction vs HtmlAgilityPack parse-only over a folder of pages.
// --explain PAGE: the reader's view of one page (blocks, containers, pruning), for diagnosing extraction.
// Anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--throughput")
{
    return Throughput.Run(args.Length > 1 ? args[1] : Pages.DefaultFolder, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args.Length > 1 && args[0] == "--large")
{
    return Throughput.Large(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
}

if (args.Length > 1 && args[0] == "--explain")
{
    return Explain.Run(args[1], args.Length > 2 ? args[2] : null);
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
