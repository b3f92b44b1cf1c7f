using System.Diagnostics;
using System.Globalization;
using NewsScrub.Cli.Batch;
using NewsScrub.Cli.Translation;
using NewsScrub.Translation;

namespace NewsScrub.Cli;

/// <summary>
/// Runs <c>newsscrub clean</c>: streams the records of every input (files, folders, JSONL, WARC, stdin) through
/// the pipeline on <see cref="CliOptions.Parallel"/> threads and writes the results in input order. A failing
/// record is reported and skipped; the run goes on.
/// </summary>
internal sealed class CleanCommand(CliOptions options, Stream stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
{
    /// <summary>
    /// Cleans and translates: records are read and cleaned as in <see cref="Run"/>, then translated one at a time,
    /// because translation is network-bound and paid for, and a failure (key, quota) must stop the run at once.
    /// </summary>
    public async Task<int> RunTranslatedAsync(CliTranslation translation, CancellationToken cancellationToken)
    {
        CheckOutputFolder();
        var pipeline = ScrubPipeline.Default;
        var counters = new BatchCounters();
        var source = new RecordSource(options, stdin, counters);
        var log = new ConsoleLog(stderr);
        using var output = RunOutput.Open(options, stdout);
        var writer = new ResultWriter(options, output.Writer, log, jsonArray: options.Format == OutputFormat.Json && options.OutputDirectory is null && IsBatch());
        var processor = new RecordProcessor(options, pipeline);
        string? failure = null;
        writer.Begin();
        foreach (var record in source.Records())
        {
            var result = processor.Process(record);
            if (result.Article is not null && failure is not null)
            {
                // Every record still gets its line: the run stopped translating, it did not lose the record.
                result = result with { Article = null, Error = $"not translated: translation stopped at an earlier record ({failure})" };
            }
            else if (result.Article is not null)
            {
                try
                {
                    var translated = await translation.TranslateAsync(result.Article, cancellationToken).ConfigureAwait(false);
                    result = result with { Rendered = translated.Render(result, options.Format) };
                }
                catch (TranslationException exception)
                {
                    failure = exception.Message;
                    result = result with { Article = null, Error = $"translation failed: {exception.Message}" };
                }
            }

            if (result.Article is null)
            {
                result = result with { Rendered = null };
            }

            var ok = writer.Write(result);
            counters.AddRecord(ok, result.CharactersRemoved);
        }

        writer.End();
        // A stopped translation keeps its output (every record has its line) but writes no manifest: the shard is not done.
        output.Complete(counters, writeManifest: failure is null);
        if (failure is not null)
        {
            throw new TranslationStoppedException(failure);
        }

        return counters.Failed == 0 ? 0 : 1;
    }

    public int Run()
    {
        var pipeline = ScrubPipeline.Default;
        if (options.Language is not null)
        {
            // An unknown language code is a usage error (ArgumentException, exit 2), not a failure of every record.
            _ = pipeline.CleanText(string.Empty, options.Language);
        }

        CheckOutputFolder();
        var counters = new BatchCounters();
        var source = new RecordSource(options, stdin, counters);
        var log = new ConsoleLog(stderr);
        var showProgress = !options.Quiet && (options.Progress ?? stderrIsTerminal);
        if (showProgress)
        {
            counters.TotalBytes = source.TotalBytes();
        }

        var processor = new RecordProcessor(options, pipeline);
        var clock = Stopwatch.StartNew();
        try
        {
            using var output = RunOutput.Open(options, stdout);
            var writer = new ResultWriter(options, output.Writer, log, jsonArray: options.Format == OutputFormat.Json && options.OutputDirectory is null && IsBatch());
            writer.Begin();
            using (var progress = showProgress ? new ProgressBar(log, counters, clock) : null)
            {
                OrderedParallel.Run(
                    source.Records(),
                    record =>
                    {
                        var result = processor.Process(record);
                        return result with { Rendered = writer.Render(result) };
                    },
                    result =>
                    {
                        var ok = writer.Write(result);
                        counters.AddRecord(ok, result.CharactersRemoved);
                    },
                    options.Parallel,
                    options.Parallel * 4);
            }

            writer.End();
            output.Complete(counters);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Error($"newsscrub: {exception.Message}");
            return 1;
        }

        if (!options.Quiet && (showProgress || IsBatch() || counters.Records != 1))
        {
            log.Error(Summary(counters, clock.Elapsed));
        }

        return counters.Failed == 0 ? 0 : 1;
    }

    /// <summary>The end-of-run line: records, failures, characters removed, throughput.</summary>
    public static string Summary(BatchCounters counters, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var megabytes = counters.BytesDone / 1048576.0;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"newsscrub: {counters.Records} records, {counters.Failed} failed, {counters.CharactersRemoved} characters removed; {megabytes:F1} MB in {seconds:F1} s: {megabytes / seconds:F2} MB/s, {counters.Records / seconds:F1} records/s");
    }

    /// <summary>An output folder inside an input folder would mix results into the inputs (and overwrite them): a usage error.</summary>
    /// <exception cref="UsageException">--out is an input folder or inside one.</exception>
    public void CheckOutputFolder()
    {
        if (options.OutputDirectory is not { } output)
        {
            return;
        }

        var outputPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + Path.DirectorySeparatorChar;
        foreach (var input in options.Paths.Where(static path => path != "-" && Directory.Exists(path)))
        {
            var inputPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)) + Path.DirectorySeparatorChar;
            if (outputPath.StartsWith(inputPath, StringComparison.Ordinal))
            {
                throw new UsageException($"--out {output} is inside the input folder {input}; choose a folder outside the inputs");
            }
        }
    }

    /// <summary>Whether the inputs may hold many records (several paths, a folder, an archive), as opposed to one page.</summary>
    private bool IsBatch() =>
        options.Paths.Count > 1 ||
        options.Input is InputContainer.Jsonl or InputContainer.Warc ||
        options.Paths.Any(static path => path != "-" && (Directory.Exists(path) || RecordSource.Classify(path) != InputContainer.Files));
}
