namespace NewsScrub.Steps;

/// <summary>
/// The content model's input: a row of features for each of a set of candidate segments, row-major. Reused chunk by
/// chunk on long pages, so its size is bounded whatever the page.
/// </summary>
internal sealed class FeatureRows
{
    private readonly int[] segments;

    public FeatureRows(int capacity, int stride)
    {
        segments = new int[capacity];
        Stride = stride;
        Values = new float[capacity * stride];
    }

    /// <summary>Rows for exactly these segments.</summary>
    public FeatureRows(int[] segments, int stride)
        : this(segments.Length, stride) => Load(segments);

    public int Stride { get; }

    public float[] Values { get; }

    public int Count { get; private set; }

    /// <summary>The segment index of each row.</summary>
    public ReadOnlySpan<int> Segments => segments.AsSpan(0, Count);

    /// <summary>Makes the rows stand for these segments (their values are to be written anew).</summary>
    public void Load(ReadOnlySpan<int> indexes)
    {
        indexes.CopyTo(segments);
        Count = indexes.Length;
    }

    public Span<float> Row(int row) => Values.AsSpan(row * Stride, Stride);
}
