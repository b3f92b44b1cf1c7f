using NewsScrub.Cli.Batch;

namespace NewsScrub.Tests.Cli;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Results_come_in_input_order(int parallelism)
    {
        var results = new List<int>();

        OrderedParallel.Run(Enumerable.Range(0, 500), static i => { Thread.SpinWait((500 - i) % 7 * 1000); return i * 2; }, results.Add, parallelism, parallelism * 4);

        Assert.Equal(Enumerable.Range(0, 500).Select(static i => i * 2), results);
    }

    [Fact]
    public void No_more_than_the_window_is_read_ahead_of_what_was_handed_on()
    {
        var read = 0;
        var handed = 0;
        var maxAhead = 0;
        IEnumerable<int> Inputs()
        {
            for (var i = 0; i < 300; i++)
            {
                var ahead = Interlocked.Increment(ref read) - Volatile.Read(ref handed);
                InterlockedMax(ref maxAhead, ahead);
                yield return i;
            }
        }

        OrderedParallel.Run(Inputs(), static i => i, _ => Interlocked.Increment(ref handed), parallelism: 2, window: 8);

        Assert.Equal(300, handed);
        Assert.InRange(maxAhead, 1, 9);
    }

    [Fact]
    public void A_failure_reading_the_input_is_rethrown_after_the_results_before_it()
    {
        IEnumerable<int> Inputs()
        {
            yield return 1;
            yield return 2;
            throw new IOException("disk gone");
        }

        var results = new List<int>();
        var exception = Assert.Throws<IOException>(() => OrderedParallel.Run(Inputs(), static i => i, results.Add, 2, 8));

        Assert.Equal("disk gone", exception.Message);
        Assert.Equal([1, 2], results);
    }

    [Fact]
    public void A_failing_consumer_stops_the_run()
    {
        var exception = Assert.Throws<InvalidOperationException>(() =>
            OrderedParallel.Run(Enumerable.Range(0, 100_000), static i => i, i => { if (i == 10) { throw new InvalidOperationException("stdout closed"); } }, 2, 8));

        Assert.Equal("stdout closed", exception.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
