using NewsScrub.Cli.Batch;

namespace NewsScrub.Tests.Cli;

/// <summary>Random damage to one record of an archive never costs another record.</summary>
public sealed class WarcReaderFuzzTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Damaging_one_record_keeps_every_other_record(bool gzip)
    {
        var random = new Random(gzip ? 1234 : 4321);
        var records = Enumerable.Range(0, 12).Select(i => WarcBuilder.Response($"http://x/{i}", WarcBuilder.Page(i))).ToList();
        var parts = gzip ? records.Select(WarcBuilder.Gzip).ToList() : records;
        for (var round = 0; round < 300; round++)
        {
            var victim = random.Next(parts.Count);
            var kind = -1;
            var damaged = parts.Select(static p => (byte[])p.Clone()).ToList();
            kind = random.Next(4);
            switch (kind)
            {
                case 0:
                    damaged[victim] = damaged[victim][..random.Next(1, damaged[victim].Length)];
                    break;
                case 1:
                    for (var flips = random.Next(1, 4); flips > 0; flips--)
                    {
                        damaged[victim][random.Next(damaged[victim].Length)] ^= (byte)random.Next(1, 256);
                    }

                    break;
                case 2:
                    var garbage = new byte[random.Next(1, 200)];
                    random.NextBytes(garbage);
                    damaged[victim] = [.. damaged[victim], .. garbage];
                    break;
                default:
                    damaged.RemoveAt(victim);
                    damaged.Insert(victim, parts[victim][..(parts[victim].Length / 2)]);
                    break;
            }

            var entries = WarcReader.Open(new MemoryStream(damaged.SelectMany(static p => p).ToArray()), 1 << 20, gzip).ReadAll().ToList();

            var read = entries.Where(static e => e.Error is null).Select(static e => e.Header("WARC-Target-URI")).ToHashSet();
            for (var i = 0; i < parts.Count; i++)
            {
                if (i != victim)
                {
                    Assert.True(read.Contains($"http://x/{i}"), $"round {round}, damage {kind} to record {victim}: record {i} lost; errors: {string.Join("; ", entries.Where(static e => e.Error is not null).Select(static e => $"{e.Offset} {e.Error}"))}");
                }
            }

            Assert.True(read.Count >= parts.Count - 1);
            Assert.All(entries.Where(static e => e.Error is not null), static e => Assert.InRange(e.Offset, 0, long.MaxValue));
        }
    }
}
