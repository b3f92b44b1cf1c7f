using System.Text;
using NewsScrub.Html;

namespace NewsScrub.Tests.Robustness;

/// <summary>
/// Issue 9, "bounded cost": each hostile shape at 1x and 4x its size costs about 4x, in operations counted or bytes
/// allocated (deterministic, unlike a stopwatch on a shared machine). Quadratic work would cost about 16x.
/// </summary>
public sealed class HostileInputScalingTests
{
    private const int Unit = 5_000;

    [Fact]
    public void Tag_de_duplication_does_linear_work_in_the_number_of_tags()
    {
        static long Comparisons(int count)
        {
            var comparer = new CountingComparer();
            var tags = new DistinctTags(comparer);
            for (var i = 0; i < count; i++)
            {
                tags.Add("tag " + (i % (count / 2)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.Equal(count / 2, tags.Count);
            return comparer.Calls;
        }

        var ratio = (double)Comparisons(4 * Unit * 4) / Comparisons(Unit * 4);
        Assert.InRange(ratio, 3, 6);
    }

    public static TheoryData<string> Shapes() => ["meta-tags", "jsonld-keywords", "jsonld-authors", "cjk-comma-lines", "one-long-line", "deep-nesting", "many-scripts", "script-near-misses", "many-attributes"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_hostile_shape_allocates_linearly(string shape)
    {
        var small = HostilePages.Build(shape, 1);
        var large = HostilePages.Build(shape, 4);
        Clean(shape, HostilePages.Build(shape, 1)); // warm up: statics, caches

        var ratio = (double)AllocatedBy(() => Clean(shape, large)) / AllocatedBy(() => Clean(shape, small));

        Assert.InRange(ratio, 0.5, 6); // at most linear: deep nesting is capped, so it costs less
    }

    private static void Clean(string shape, string input)
    {
        var article = HostilePages.IsText(shape) ? Scrubber.CleanText(input) : Scrubber.CleanHtml(input);
        Assert.NotNull(article);
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private sealed class CountingComparer : IEqualityComparer<string>
    {
        public long Calls { get; private set; }

        public bool Equals(string? x, string? y)
        {
            Calls++;
            return StringComparer.OrdinalIgnoreCase.Equals(x, y);
        }

        public int GetHashCode(string obj)
        {
            Calls++;
            return StringComparer.OrdinalIgnoreCase.GetHashCode(obj);
        }
    }
}
