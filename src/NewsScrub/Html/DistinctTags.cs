using System.Collections;

namespace NewsScrub.Html;

/// <summary>
/// Tags, keywords or names in first-seen order without repeats (case-insensitive). A set answers "seen before?",
/// so a page with 100,000 tags costs linear time, not the quadratic time of a list lookup per tag.
/// </summary>
internal sealed class DistinctTags : IReadOnlyList<string>
{
    private readonly List<string> items = [];
    private readonly HashSet<string> seen;

    public DistinctTags()
        : this(StringComparer.OrdinalIgnoreCase)
    {
    }

    /// <summary>With another comparer; the tests count its calls to show the cost is linear.</summary>
    internal DistinctTags(IEqualityComparer<string> comparer) => seen = new(comparer);

    public int Count => items.Count;

    public string this[int index] => items[index];

    public bool Contains(string item) => seen.Contains(item);

    /// <summary>Adds <paramref name="item"/> unless an equal one (ignoring case) is already there.</summary>
    public bool Add(string item)
    {
        if (!seen.Add(item))
        {
            return false;
        }

        items.Add(item);
        return true;
    }

    public IEnumerator<string> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
