using System.Text;
using NewsScrub.Text;

namespace NewsScrub.Html;

/// <summary>
/// Turns the bytes of a page into a string. The charset comes from, in order: a byte-order mark, the page's own
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration (or an XML declaration), the caller's HTTP
/// <c>Content-Type</c>, and finally detection (valid UTF-8, else the legacy charset whose byte patterns fit best).
/// Legacy charsets come from <see cref="CodePagesEncodingProvider"/>. Input that is not text at all is refused with
/// an <see cref="InvalidDataException"/>.
/// </summary>
internal static class HtmlDecoder
{
    /// <summary>How far into the page a charset declaration is looked for (the HTML standard says 1024; real heads are longer).</summary>
    private const int PrescanBytes = 16 * 1024;

    /// <summary>How much of the page the binary check and charset detection read.</summary>
    private const int SampleBytes = 64 * 1024;

    private static readonly Lazy<bool> ProviderRegistered = new(static () =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>Only this much of a page is decoded (see <see cref="HtmlPageReader.MaxCharacters"/>).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (bytes.Length > MaxBytes)
        {
            bytes = bytes[..MaxBytes];
        }

        var (unicode, skip) = SniffUnicode(bytes);
        if (unicode is not null)
        {
            return unicode.GetString(bytes[skip..]);
        }

        BinaryContent.ThrowIfBinary(bytes);

        var declared = Resolve(FindDeclaredCharset(bytes)) ?? Resolve(CharsetOfContentType(contentType));
        // A page re-saved as UTF-8 often keeps its old single-byte declaration: valid UTF-8 with multi-byte
        // sequences is not what a windows-1252 or ISO-8859 page looks like, so UTF-8 wins.
        var encoding = declared is { IsSingleByte: true } && IsUtf8WithMultiByteSequences(bytes) ? new UTF8Encoding(false) : declared ?? Detect(bytes);
        return encoding.GetString(bytes);
    }

    /// <summary>
    /// The Unicode encoding the bytes show by themselves, a byte-order mark (and its length) or UTF-16 without one;
    /// (null, 0) for an ASCII-compatible charset.
    /// </summary>
    public static (Encoding? Encoding, int Skip) SniffUnicode(ReadOnlySpan<byte> bytes)
    {
        var (bomEncoding, bomLength) = FromByteOrderMark(bytes);
        if (bomEncoding is not null)
        {
            return (bomEncoding, bomLength);
        }

        return (SniffUtf16WithoutBom(bytes), 0);
    }

    /// <summary>The start of the bytes as text, for sniffing the format: Unicode as sniffed, else UTF-8.</summary>
    public static string DecodeHead(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        var (unicode, skip) = SniffUnicode(bytes);
        var head = bytes[skip..Math.Min(bytes.Length, skip + maxBytes)];
        return (unicode ?? Encoding.UTF8).GetString(head);
    }

    private static bool IsUtf8WithMultiByteSequences(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
        {
            return false;
        }

        // A page cut at a limit may end inside a sequence: only the complete part has to be valid.
        var end = bytes.Length;
        var back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80)
        {
            back++;
        }

        if (end - back - 1 >= 0 && bytes[end - back - 1] >= 0xC0)
        {
            end -= back + 1;
        }

        return System.Text.Unicode.Utf8.IsValid(bytes[..end]);
    }

    /// <summary>The encoding for a charset label, following the WHATWG aliases browsers use; null when unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        _ = ProviderRegistered.Value;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            // An ASCII-compatible byte stream cannot really be UTF-16; browsers read it as UTF-8.
            "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2" => "utf-8",
            "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8" => "utf-8",
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "iso_8859-1" or "cp1252" or "x-cp1252" or "win-1252" => "windows-1252",
            "gb2312" or "gbk" or "x-gbk" or "cp936" or "chinese" or "csgb2312" or "gb_2312-80" => "gb18030",
            "x-sjis" or "sjis" or "shift-jis" or "ms_kanji" or "windows-31j" or "csshiftjis" or "ms932" or "cp932" => "shift_jis",
            "iso-8859-9" or "latin5" => "windows-1254",
            "iso-8859-11" or "tis-620" => "windows-874",
            "ks_c_5601-1987" or "korean" or "windows-949" or "cp949" => "euc-kr",
            "koi8_r" or "koi" or "koi8" => "koi8-r",
            "x-user-defined" => "windows-1252",
            "cp1251" or "win-1251" or "x-cp1251" => "windows-1251",
            _ => name,
        };

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The <c>charset</c> parameter of a Content-Type header value, or null.</summary>
    public static string? CharsetOfContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var index = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            var i = index + "charset".Length;
            while (i < contentType.Length && contentType[i] == ' ')
            {
                i++;
            }

            if (i < contentType.Length && contentType[i] == '=')
            {
                i++;
                while (i < contentType.Length && contentType[i] is ' ' or '"' or '\'')
                {
                    i++;
                }

                var start = i;
                while (i < contentType.Length && contentType[i] is not (';' or '"' or '\'' or ' ' or ',' or '>' or '/'))
                {
                    i++;
                }

                return i > start ? contentType[start..i] : null;
            }

            index = contentType.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    private static bool IsAsciiText(byte value) => value is (>= 0x20 and < 0x7F) or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static (Encoding? Encoding, int Length) FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return (new UTF8Encoding(false), 3);
        }

        if (bytes is [0xFF, 0xFE, 0x00, 0x00, ..])
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (bytes is [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        return (null, 0);
    }

    /// <summary>UTF-16 without a BOM still shows itself: ASCII markup with a zero byte beside every character.</summary>
    private static UnicodeEncoding? SniffUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            zeroEven += sample[i] == 0 ? 1 : 0;
            zeroOdd += sample[i + 1] == 0 ? 1 : 0;
        }

        // Mostly ASCII (markup, Latin text) in UTF-16 has a zero in the high byte of most characters and almost never
        // in the low byte; a page may start with whitespace or a comment rather than '<'.
        var pairs = sample.Length / 2;
        if (zeroOdd > pairs * 0.7 && zeroEven < pairs * 0.1 && IsAsciiText(sample[0]))
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (zeroEven > pairs * 0.7 && zeroOdd < pairs * 0.1 && IsAsciiText(sample[1]))
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        return null;
    }

    /// <summary>
    /// The charset named by <c>&lt;meta charset&gt;</c>, <c>&lt;meta http-equiv="Content-Type" content="...; charset=..."&gt;</c>
    /// or an XML declaration near the start of the page.
    /// </summary>
    internal static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        if (head is [(byte)'<', (byte)'?', (byte)'x', (byte)'m', (byte)'l', ..])
        {
            var end = head.IndexOf((byte)'>');
            if (end > 0)
            {
                var declaration = Encoding.Latin1.GetString(head[..end]);
                var encodingAt = declaration.IndexOf("encoding", StringComparison.OrdinalIgnoreCase);
                if (encodingAt > 0)
                {
                    var value = AttributeValue(declaration, encodingAt + "encoding".Length);
                    if (value is not null)
                    {
                        return value;
                    }
                }
            }
        }

        var i = 0;
        while (i < head.Length)
        {
            var lt = head[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                break;
            }

            i += lt;
            if (head[i..].StartsWith("<!--"u8))
            {
                var close = head[(i + 4)..].IndexOf("-->"u8);
                if (close < 0)
                {
                    break;
                }

                i += 4 + close + 3;
                continue;
            }

            if (i + 5 < head.Length && IsMetaStart(head[(i + 1)..]))
            {
                var gt = head[i..].IndexOf((byte)'>');
                var tag = Encoding.Latin1.GetString(gt < 0 ? head[i..] : head[i..(i + gt)]);
                var charset = CharsetOfMetaTag(tag);
                if (charset is not null && Resolve(charset) is not null)
                {
                    return charset;
                }

                i += Math.Max(gt, 1);
                continue;
            }

            i++;
        }

        return null;
    }

    private static bool IsMetaStart(ReadOnlySpan<byte> afterLt) =>
        afterLt.Length >= 5 && (afterLt[0] | 0x20) == 'm' && (afterLt[1] | 0x20) == 'e' && (afterLt[2] | 0x20) == 't' && (afterLt[3] | 0x20) == 'a'
        && afterLt[4] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'/' or (byte)'\f';

    private static string? CharsetOfMetaTag(string tag)
    {
        // <meta charset="x">
        var at = 0;
        while ((at = tag.IndexOf("charset", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = at > 0 ? tag[at - 1] : ' ';
            var after = at + "charset".Length;
            var j = after;
            while (j < tag.Length && char.IsWhiteSpace(tag[j]))
            {
                j++;
            }

            if (char.IsWhiteSpace(before) && j < tag.Length && tag[j] == '=')
            {
                var value = AttributeValue(tag, after);
                if (value is not null)
                {
                    return value;
                }
            }

            at = after;
        }

        // <meta http-equiv="Content-Type" content="text/html; charset=x">
        if (tag.Contains("http-equiv", StringComparison.OrdinalIgnoreCase) && tag.Contains("content-type", StringComparison.OrdinalIgnoreCase))
        {
            var content = tag.IndexOf("content=", StringComparison.OrdinalIgnoreCase);
            if (content >= 0)
            {
                return CharsetOfContentType(AttributeValue(tag, content + "content".Length));
            }
        }

        return null;
    }

    /// <summary>Reads <c>= value</c>, <c>="value"</c> or <c>='value'</c> starting at <paramref name="index"/>.</summary>
    private static string? AttributeValue(string text, int index)
    {
        var i = index;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '=')
        {
            return null;
        }

        i++;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return null;
        }

        if (text[i] is '"' or '\'')
        {
            var quote = text[i];
            var end = text.IndexOf(quote, i + 1);
            return end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('>' or '/' or ';'))
        {
            i++;
        }

        return i > start ? text[start..i] : null;
    }

    /// <summary>Valid UTF-8 is UTF-8; otherwise the legacy charset whose byte patterns fit best.</summary>
    private static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        _ = ProviderRegistered.Value;
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new UTF8Encoding(false);
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (sample.IndexOf("\u001b$B"u8) >= 0 || sample.IndexOf("\u001b$@"u8) >= 0)
        {
            return Encoding.GetEncoding("iso-2022-jp");
        }

        // A mostly valid UTF-8 page with a few broken bytes (a truncated page, a mixed template) is still UTF-8.
        var (valid, invalid) = CountUtf8(sample);
        if (valid > 0 && invalid * 20 < valid)
        {
            return new UTF8Encoding(false);
        }

        var high = 0;
        var letters = 0;
        foreach (var b in sample)
        {
            if (b >= 0x80)
            {
                high++;
            }
            else if (char.IsAsciiLetter((char)b))
            {
                letters++;
            }
        }

        // Double-byte charsets: the one that decodes the sample with the fewest errors, when it decodes almost cleanly.
        string[] multiByte = ["shift_jis", "euc-jp", "gb18030", "euc-kr", "big5"];
        Encoding? best = null;
        var bestErrors = int.MaxValue;
        var bestScore = double.MinValue;
        foreach (var name in multiByte)
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
            var text = encoding.GetString(sample);
            var errors = 0;
            var ideographs = 0;
            foreach (var c in text)
            {
                if (c == '\uFFFD')
                {
                    errors++;
                }
                else if (c is >= '\u3040' and <= '\u30FF')
                {
                    // Kana only occur in Japanese.
                    ideographs += name is "shift_jis" or "euc-jp" ? 2 : 0;
                }
                else if (c is >= '\uAC00' and <= '\uD7AF')
                {
                    ideographs += name == "euc-kr" ? 2 : 0;
                }
                else if (c is >= '\u4E00' and <= '\u9FFF')
                {
                    ideographs++;
                }
            }

            var score = ideographs - (errors * 10.0);
            if (errors < bestErrors || (errors == bestErrors && score > bestScore))
            {
                best = encoding;
                bestErrors = errors;
                bestScore = score;
            }
        }

        if (best is not null && high > 16 && bestErrors * 50 < high && bestScore > 0)
        {
            return Encoding.GetEncoding(best.WebName);
        }

        // Single-byte Cyrillic: most letters are high bytes. Lower-case letters (the majority) sit at 0xE0-0xFF in
        // windows-1251 and at 0xC0-0xDF in KOI8-R.
        if (high > letters / 2)
        {
            int upperHalf = 0, lowerHalf = 0;
            foreach (var b in sample)
            {
                if (b >= 0xE0)
                {
                    upperHalf++;
                }
                else if (b >= 0xC0)
                {
                    lowerHalf++;
                }
            }

            return Encoding.GetEncoding(lowerHalf > upperHalf ? "koi8-r" : "windows-1251");
        }

        return Encoding.GetEncoding("windows-1252");
    }

    private static (int Valid, int Invalid) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            if (length == 0 || i + length > bytes.Length)
            {
                invalid++;
                i++;
                continue;
            }

            var ok = true;
            for (var k = 1; k < length; k++)
            {
                ok &= (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                valid++;
                i += length;
            }
            else
            {
                invalid++;
                i++;
            }
        }

        return (valid, invalid);
    }
}
