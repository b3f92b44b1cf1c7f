using System.Buffers;
using System.Globalization;

namespace NewsScrub.Text;

/// <summary>
/// Tells binary data (images, archives, random bytes) from text: binary is a high share of control bytes, not one.
/// A few stray NUL bytes in an otherwise textual page are stripped instead.
/// </summary>
internal static class BinaryContent
{
    /// <summary>How much of the input the check reads.</summary>
    public const int SampleLength = 64 * 1024;

    // Tab, line feed, form feed, carriage return and escape (ISO-2022 shifts) occur in text; other C0 controls do not.
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    private static readonly SearchValues<char> ControlChars = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001C\u001D\u001E\u001F\u007F\uFFFD");

    /// <summary>Throws when <paramref name="bytes"/> are binary data rather than text in an ASCII-compatible charset.</summary>
    /// <exception cref="InvalidDataException">More than 1% of the first 64 KB (and more than 8 bytes), or more than 10%, are control bytes.</exception>
    public static void ThrowIfBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        var controls = Count(sample, ControlBytes);
        if (IsHighShare(controls, sample.Length))
        {
            throw Binary(controls, sample.Length, "bytes");
        }
    }

    /// <summary>
    /// A decoded page without its stray NUL characters; throws when control characters (or decoding errors,
    /// U+FFFD) are a high share of it, the mark of binary data that went through a text decoder.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is binary data.</exception>
    public static string CheckText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        var controls = 0;
        var rest = sample;
        int at;
        while ((at = rest.IndexOfAny(ControlChars)) >= 0)
        {
            controls++;
            rest = rest[(at + 1)..];
        }

        if (IsHighShare(controls, sample.Length))
        {
            throw Binary(controls, sample.Length, "characters");
        }

        return text.Contains('\0', StringComparison.Ordinal) ? text.Replace("\0", string.Empty, StringComparison.Ordinal) : text;
    }

    /// <summary>More than 1% control bytes (and more than 8 of them), or in a short input more than 10%.</summary>
    private static bool IsHighShare(int controls, int length) => (controls > 8 && controls * 100L > length) || (controls > 1 && controls * 10L > length);

    private static int Count(ReadOnlySpan<byte> sample, SearchValues<byte> values)
    {
        var count = 0;
        int at;
        while ((at = sample.IndexOfAny(values)) >= 0)
        {
            count++;
            sample = sample[(at + 1)..];
        }

        return count;
    }

    private static InvalidDataException Binary(int controls, int sampled, string unit) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"The input is binary data ({controls} control {unit} in the first {sampled}), not a text or HTML page."));
}
