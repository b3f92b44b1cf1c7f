namespace NewsScrub.Cli.Batch;

/// <summary>One WARC record (headers and block) or, when <see cref="Error"/> is set, a broken part of the archive.</summary>
internal sealed record WarcEntry(long Offset, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Block, string? Error)
{
    public static WarcEntry Broken(long offset, string error) => new(offset, [], [], error);

    /// <summary>The value of a header (names compare case-insensitively), or null.</summary>
    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
