using System.Buffers;

namespace NewsScrub.Steps;

/// <summary>
/// The content model's input: a row of features for each of a set of candidate segments, row-major. Reused chunk by
/// chunk on long pages, so its size is bounded whatever the page; its arrays are rented from the shared pools (a page's
/// rows are a large share of what the extraction allocates) and returned on <see cref="Dispose"/>.
/// </summary>
internal sealed class FeatureRows : IDisposable
{
    private int[]? segments;
    private float[]? values;

    public FeatureRows(int capacity, int stride)
    {
        segments = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
        values = ArrayPool<float>.Shared.Rent(Math.Max(1, capacity * stride));
        Array.Clear(values, 0, capacity * stride);
        Stride = stride;
    }

    /// <summary>Rows for exactly these segments.</summary>
    public FeatureRows(int[] segments, int stride)
        : this(segments.Length, stride) => Load(segments);

    public int Stride { get; }

    public float[] Values => values ?? throw new ObjectDisposedException(nameof(FeatureRows));

    public int Count { get; private set; }

    /// <summary>The segment index of each row.</summary>
    public ReadOnlySpan<int> Segments => (segments ?? throw new ObjectDisposedException(nameof(FeatureRows))).AsSpan(0, Count);

    /// <summary>Makes the rows stand for these segments (their values are to be written anew).</summary>
    public void Load(ReadOnlySpan<int> indexes)
    {
        indexes.CopyTo(segments);
        Count = indexes.Length;
    }

    public Span<float> Row(int row) => Values.AsSpan(row * Stride, Stride);

    public void Dispose()
    {
        if (segments is not null)
        {
            ArrayPool<int>.Shared.Return(segments);
            segments = null;
        }

        if (values is not null)
        {
            ArrayPool<float>.Shared.Return(values);
            values = null;
        }
    }
}
