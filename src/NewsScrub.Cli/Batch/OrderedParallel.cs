using System.Collections.Concurrent;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// Runs a function over a sequence on several threads and hands the results on in input order. Memory stays
/// bounded: at most <c>window</c> items are read ahead of the last one handed on.
/// </summary>
internal static class OrderedParallel
{
    public static void Run<TIn, TOut>(IEnumerable<TIn> inputs, Func<TIn, TOut> process, Action<TOut> consume, int parallelism, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, parallelism);
        using var cancel = new CancellationTokenSource();
        var token = cancel.Token;
        using var slots = new SemaphoreSlim(window);
        using var work = new BlockingCollection<(long Index, TIn Item)>(window);
        using var done = new BlockingCollection<(long Index, TOut Result)>();
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    long index = 0;
                    foreach (var item in inputs)
                    {
                        slots.Wait(token);
                        work.Add((index++, item), token);
                    }
                }
                finally
                {
                    work.CompleteAdding();
                }
            },
            token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var workers = Enumerable.Range(0, parallelism).Select(_ => Task.Factory.StartNew(
            () =>
            {
                foreach (var (index, item) in work.GetConsumingEnumerable(token))
                {
                    done.Add((index, process(item)), token);
                }
            },
            token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        Task[] all = [producer, .. workers];
        _ = Task.WhenAll(all).ContinueWith(_ => done.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

        var pending = new Dictionary<long, TOut>();
        long next = 0;
        try
        {
            foreach (var (index, result) in done.GetConsumingEnumerable(token))
            {
                pending[index] = result;
                while (pending.Remove(next, out var ready))
                {
                    consume(ready);
                    next++;
                    slots.Release();
                }
            }
        }
        catch
        {
            cancel.Cancel();
            WaitQuietly(all);
            throw;
        }

        // All tasks are done: rethrow what failed in the producer (reading the input) or a worker.
        var failure = all.FirstOrDefault(static task => task.IsFaulted);
        if (failure is not null)
        {
            throw failure.Exception!.InnerExceptions.Count == 1 ? failure.Exception.InnerException! : failure.Exception;
        }
    }

    private static void WaitQuietly(Task[] tasks)
    {
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException)
        {
        }
    }
}
