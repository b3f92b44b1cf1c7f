using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsScrub.Internal;

namespace NewsScrub.Steps;

/// <summary>
/// Finds a second copy of the article run together into one block: a hidden microdata body, a print or "republish"
/// box. Such a block scores as prose, but its words are already in the kept paragraphs. A long kept segment whose word
/// 3-grams mostly occur in two or more other kept segments is marked a duplicate, longest first, so the paragraphs
/// stay and the run-together copy goes. A quote of one post (forums) repeats one segment and is kept. The length and
/// share come from a sweep over the held-out outputs of both corpora (<c>tests/bench/merged_copies.py</c>).
/// </summary>
internal static class MergedCopies
{
    /// <summary>Shorter segments are not checked: a merged copy holds several paragraphs.</summary>
    public const int MinLength = 400;

    /// <summary>The share of the segment's 3-grams that must occur in other kept segments.</summary>
    public const double MinShare = 0.8;

    /// <summary>Marks the merged copies among the kept segments as duplicates.</summary>
    public static void Mark(List<Segment> segments, ContentSelectionStep.Decision[] decisions)
    {
        var checkedSegments = new List<int>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (decisions[i] == ContentSelectionStep.Decision.Keep && segments[i].Text.Length >= MinLength)
            {
                checkedSegments.Add(i);
            }
        }

        if (checkedSegments.Count == 0)
        {
            return;
        }

        // Each 3-gram of a checked segment, with its first few holders in page order: enough to find one that is
        // neither the segment checked nor dropped, with the work per 3-gram bounded however often a phrase repeats.
        // Only the checked segments' 3-grams are looked for, so the table grows with them and not with the whole page.
        var checkedLength = 0;
        foreach (var i in checkedSegments)
        {
            checkedLength += segments[i].Text.Length;
        }

        var holders = new Dictionary<long, Holders>(checkedLength / 5);
        foreach (var i in checkedSegments)
        {
            foreach (var shingle in WordShingles.Of(segments[i].Text))
            {
                holders.TryAdd(shingle, default);
            }
        }

        for (var i = 0; i < segments.Count; i++)
        {
            if (decisions[i] != ContentSelectionStep.Decision.Keep)
            {
                continue;
            }

            foreach (var shingle in WordShingles.Of(segments[i].Text))
            {
                ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(holders, shingle);
                if (!Unsafe.IsNullRef(ref entry))
                {
                    entry.Add(i);
                }
            }
        }

        checkedSegments.Sort((a, b) => segments[a].Text.Length != segments[b].Text.Length ? segments[b].Text.Length.CompareTo(segments[a].Text.Length) : a.CompareTo(b));
        var dropped = new bool[segments.Count];
        foreach (var i in checkedSegments)
        {
            int total = 0, found = 0, firstSource = -1;
            var twoSources = false;
            foreach (var shingle in WordShingles.Of(segments[i].Text))
            {
                total++;
                var other = holders[shingle].Other(i, dropped);
                if (other < 0)
                {
                    continue;
                }

                found++;
                twoSources |= firstSource >= 0 && other != firstSource;
                firstSource = firstSource < 0 ? other : firstSource;
            }

            if (twoSources && found >= MinShare * total)
            {
                decisions[i] = ContentSelectionStep.Decision.Duplicate;
                dropped[i] = true;
            }
        }
    }

    /// <summary>Up to four distinct segments that hold a 3-gram.</summary>
    private struct Holders
    {
        private int count;
        private int first;
        private int second;
        private int third;
        private int fourth;

        public void Add(int segment)
        {
            for (var k = 0; k < count; k++)
            {
                if (Get(k) == segment)
                {
                    return;
                }
            }

            switch (count)
            {
                case 0: first = segment; break;
                case 1: second = segment; break;
                case 2: third = segment; break;
                case 3: fourth = segment; break;
                default: return;
            }

            count++;
        }

        /// <summary>A holder other than <paramref name="self"/> and not dropped, or -1.</summary>
        public readonly int Other(int self, bool[] dropped)
        {
            for (var k = 0; k < count; k++)
            {
                var segment = Get(k);
                if (segment != self && !dropped[segment])
                {
                    return segment;
                }
            }

            return -1;
        }

        private readonly int Get(int k) => k switch { 0 => first, 1 => second, 2 => third, _ => fourth };
    }
}
