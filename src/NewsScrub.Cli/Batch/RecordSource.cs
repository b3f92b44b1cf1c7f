using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// Turns the CLI's paths into a lazy, deterministic sequence of records: files (folders walked in ordinal order),
/// JSONL lines and WARC responses, streamed; then keeps the records of the chosen shard.
/// </summary>
internal sealed class RecordSource(CliOptions options, Stream stdin, BatchCounters counters)
{
    private static readonly string[] PageExtensions = [".html", ".htm", ".xhtml", ".txt"];
    private static readonly JsonSerializerOptions JsonStrings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The records of this shard: record i (0-based, in input order) belongs to shard (i mod N) + 1.</summary>
    public IEnumerable<BatchRecord> Records()
    {
        long index = 0;
        foreach (var record in AllRecords())
        {
            if (record.Kind == RecordKind.File)
            {
                counters.AddBytes(record.Size);
            }

            if (index++ % options.ShardCount == options.ShardIndex - 1)
            {
                counters.AddRead();
                yield return record;
            }
        }
    }

    /// <summary>The total size of the inputs when it can be known without reading them (-1 for stdin).</summary>
    public long TotalBytes()
    {
        long total = 0;
        foreach (var path in options.Paths)
        {
            if (path == "-")
            {
                return -1;
            }

            if (Directory.Exists(path))
            {
                total += WalkFolder(path, options.Input).Sum(static file => file.Length);
            }
            else if (File.Exists(path))
            {
                total += new FileInfo(path).Length;
            }
        }

        return total;
    }

    public static InputContainer Classify(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var extension = Path.GetExtension(name).ToUpperInvariant();
        return extension switch
        {
            ".WARC" => InputContainer.Warc,
            ".JSONL" or ".NDJSON" => InputContainer.Jsonl,
            _ => InputContainer.Files,
        };
    }

    private IEnumerable<BatchRecord> AllRecords()
    {
        foreach (var path in options.Paths)
        {
            if (path == "-")
            {
                foreach (var record in Stdin())
                {
                    yield return record;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in WalkFolder(path, options.Input))
                {
                    var relative = Path.GetRelativePath(path, file.FullName);
                    if (file.Error is not null)
                    {
                        yield return new BatchRecord { Source = file.FullName, OutputName = relative, Kind = RecordKind.Broken, Error = file.Error };
                        continue;
                    }

                    foreach (var record in FromFile(file.FullName, relative, file.Length))
                    {
                        yield return record;
                    }
                }
            }
            else
            {
                var length = File.Exists(path) ? new FileInfo(path).Length : 0;
                foreach (var record in FromFile(path, Path.GetFileName(path), length))
                {
                    yield return record;
                }
            }
        }
    }

    private IEnumerable<BatchRecord> Stdin()
    {
        var (head, stream) = PrefixStream.Peek(stdin, 64 * 1024);
        var gzip = head is [0x1F, 0x8B, ..];
        var container = options.Input;
        if (container == InputContainer.Auto)
        {
            // Gzip on stdin is a WARC only when what it holds starts like one; otherwise it is a compressed page.
            container = head.AsSpan().StartsWith("WARC/"u8) || (gzip && GunzippedHead(head).StartsWith("WARC/"u8)) ? InputContainer.Warc : InputContainer.Files;
        }

        return container switch
        {
            InputContainer.Warc => Warc(stream, "stdin", sourceName: "stdin", fileLength: -1),
            InputContainer.Jsonl => Jsonl(gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream, "stdin", sourceName: "stdin", fileLength: -1),
            _ => [StdinPage(gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream)],
        };
    }

    /// <summary>The first bytes a gzip prefix decompresses to (empty when it does not decompress).</summary>
    private static ReadOnlySpan<byte> GunzippedHead(byte[] head)
    {
        var bytes = new byte[16];
        var count = 0;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(head), CompressionMode.Decompress);
            int read;
            while (count < bytes.Length && (read = gzip.Read(bytes, count, bytes.Length - count)) > 0)
            {
                count += read;
            }
        }
        catch (InvalidDataException)
        {
        }
        catch (EndOfStreamException)
        {
        }

        return bytes.AsSpan(0, count);
    }

    private BatchRecord StdinPage(Stream stream)
    {
        try
        {
            var bytes = BoundedRead.ReadAll(stream, options.MaxRecordBytes);
            counters.AddBytes(bytes.Length);
            return new BatchRecord { Source = "-", OutputName = "stdin", Kind = RecordKind.Bytes, Bytes = bytes, Format = options.From, Size = bytes.Length };
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            return new BatchRecord { Source = "-", OutputName = "stdin", Kind = RecordKind.Broken, Error = exception.Message };
        }
    }

    /// <summary>
    /// The records of one file. A page's output keeps the input's whole name (<c>a.html</c> becomes <c>a.html.json</c>),
    /// so <c>a.html</c>, <c>a.htm</c> and <c>a.txt</c> never share an output; an archive's records go into a folder
    /// named after it without its extensions.
    /// </summary>
    private IEnumerable<BatchRecord> FromFile(string path, string name, long length)
    {
        var container = options.Input == InputContainer.Auto ? Classify(path) : options.Input;
        if (container == InputContainer.Files)
        {
            return [new BatchRecord { Source = path, OutputName = name, Kind = RecordKind.File, Path = path, Format = options.From, Size = length }];
        }

        return FromArchive(path, StripExtensions(name), container, length);
    }

    private IEnumerable<BatchRecord> FromArchive(string path, string outputName, InputContainer container, long length)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [new BatchRecord { Source = path, OutputName = outputName, Kind = RecordKind.Broken, Error = exception.Message }];
        }

        return Owning(file, container == InputContainer.Warc
            ? Warc(file, outputName, path, length)
            : Jsonl(OpenMaybeGzip(file, path), outputName, path, length, file));
    }

    private static IEnumerable<BatchRecord> Owning(Stream stream, IEnumerable<BatchRecord> records)
    {
        using (stream)
        {
            foreach (var record in records)
            {
                yield return record;
            }
        }
    }

    private static Stream OpenMaybeGzip(Stream file, string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;

    private IEnumerable<BatchRecord> Warc(Stream stream, string outputName, string sourceName, long fileLength)
    {
        var reader = WarcReader.Open(stream, options.MaxRecordBytes, sourceName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? true : null);
        long reported = 0;
        var index = 0;
        using var entries = reader.ReadAll().GetEnumerator();
        while (true)
        {
            WarcEntry? entry = null;
            string? ioError = null;
            try
            {
                if (!entries.MoveNext())
                {
                    break;
                }

                entry = entries.Current;
            }
            catch (IOException exception)
            {
                ioError = exception.Message;
            }

            if (entry is null)
            {
                counters.AddBytes(Math.Max(0, fileLength - reported));
                yield return Broken(sourceName, outputName, index, reader.BytesFetched, ioError ?? "read error");
                yield break;
            }

            var fetched = reader.BytesFetched;
            counters.AddBytes(fetched - reported);
            var size = fetched - reported;
            reported = fetched;
            var record = FromWarcEntry(entry, sourceName, outputName, index, size);
            if (record is not null)
            {
                index++;
                yield return record;
            }
        }

        if (fileLength > reported)
        {
            counters.AddBytes(fileLength - reported);
        }
    }

    private BatchRecord? FromWarcEntry(WarcEntry entry, string sourceName, string outputName, int index, long size)
    {
        if (entry.Error is not null)
        {
            return Broken(sourceName, outputName, index, entry.Offset, entry.Error);
        }

        var type = entry.Header("WARC-Type");
        var warcContentType = entry.Header("Content-Type");
        byte[] body;
        string? contentType;
        if (string.Equals(type, "response", StringComparison.OrdinalIgnoreCase) && warcContentType?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) == true)
        {
            var response = HttpResponse.Parse(entry.Block, options.MaxRecordBytes);
            if (response is null || !HttpResponse.IsHtml(response.ContentType))
            {
                return null;
            }

            body = response.Body;
            contentType = response.ContentType;
        }
        else if (string.Equals(type, "resource", StringComparison.OrdinalIgnoreCase) && HttpResponse.IsHtml(warcContentType))
        {
            body = entry.Block;
            contentType = warcContentType;
        }
        else
        {
            return null;
        }

        var uri = entry.Header("WARC-Target-URI");
        var fields = new List<KeyValuePair<string, string>>();
        AddString(fields, "url", uri);
        AddString(fields, "warcDate", entry.Header("WARC-Date"));
        AddString(fields, "warcRecordId", entry.Header("WARC-Record-ID"));
        return new BatchRecord
        {
            Source = uri ?? $"{sourceName}@{entry.Offset.ToString(CultureInfo.InvariantCulture)}",
            OutputName = RecordName(outputName, index),
            Kind = RecordKind.Bytes,
            Bytes = body,
            Format = InputFormat.Html,
            ContentType = contentType,
            Offset = entry.Offset,
            Fields = fields,
            Size = size,
        };
    }

    private IEnumerable<BatchRecord> Jsonl(Stream stream, string outputName, string sourceName, long fileLength, Stream? file = null)
    {
        var source = new PlainSegmentSource(stream);
        var reader = new SegmentReader(source);
        var maxLine = (int)Math.Min(options.MaxRecordBytes, int.MaxValue - 1);
        long reported = 0;
        var index = 0;
        while (true)
        {
            var offset = reader.Position;
            LineStatus status;
            byte[] line;
            string? ioError = null;
            try
            {
                status = reader.ReadLine(maxLine, out var span);
                // A byte-order mark before the first line is not part of its JSON.
                line = status != LineStatus.Line ? [] : offset == 0 && span.StartsWith("\uFEFF"u8) ? span[3..].ToArray() : span.ToArray();
                if (status == LineStatus.TooLong)
                {
                    reader.SkipLine();
                }
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException)
            {
                status = LineStatus.End;
                line = [];
                ioError = exception.Message;
            }

            var fetched = file is { CanSeek: true } ? file.Position : reader.Position;
            counters.AddBytes(fetched - reported);
            var size = fetched - reported;
            reported = fetched;
            if (ioError is not null)
            {
                yield return Broken(sourceName, outputName, index, offset, ioError);
                yield break;
            }

            if (status == LineStatus.End)
            {
                break;
            }

            if (status == LineStatus.TooLong)
            {
                yield return Broken(sourceName, outputName, index++, offset, $"line longer than the limit of {maxLine} bytes");
                continue;
            }

            if (line.AsSpan().Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            yield return new BatchRecord
            {
                Source = $"{sourceName}@{offset.ToString(CultureInfo.InvariantCulture)}",
                OutputName = RecordName(outputName, index++),
                Kind = RecordKind.JsonLine,
                Bytes = line,
                Format = options.From,
                Offset = offset,
                Size = size,
            };
        }

        if (fileLength > reported)
        {
            counters.AddBytes(fileLength - reported);
        }
    }

    private static BatchRecord Broken(string sourceName, string outputName, int index, long offset, string error) => new()
    {
        Source = $"{sourceName}@{offset.ToString(CultureInfo.InvariantCulture)}",
        OutputName = RecordName(outputName, index),
        Kind = RecordKind.Broken,
        Offset = offset,
        Error = error,
    };

    private static string RecordName(string container, int index) =>
        Path.Combine(container, index.ToString("D6", CultureInfo.InvariantCulture));

    private static void AddString(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(new(name, JsonSerializer.Serialize(value, JsonStrings)));
        }
    }

    /// <summary>The files of a folder, recursively, in ordinal order of their relative paths, one directory listing in memory at a time.</summary>
    private static IEnumerable<FolderEntry> WalkFolder(string root, InputContainer container)
    {
        var output = new Stack<IEnumerator<FileSystemInfo>>();
        var (first, firstError) = Listing(new DirectoryInfo(root), container);
        if (firstError is not null)
        {
            yield return new FolderEntry(root, 0, firstError);
        }

        output.Push(first.GetEnumerator());
        while (output.Count > 0)
        {
            var top = output.Peek();
            if (!top.MoveNext())
            {
                top.Dispose();
                output.Pop();
                continue;
            }

            if (top.Current is DirectoryInfo directory)
            {
                var (entries, error) = Listing(directory, container);
                if (error is not null)
                {
                    yield return new FolderEntry(directory.FullName, 0, error);
                }

                output.Push(entries.GetEnumerator());
            }
            else
            {
                var file = (FileInfo)top.Current;
                // A FIFO, socket or device in a folder would block or never end: reported and skipped.
                yield return FileKind.IsRegularFile(file.FullName)
                    ? new FolderEntry(file.FullName, file.Length, null)
                    : new FolderEntry(file.FullName, 0, "not a regular file (a FIFO, socket or device): skipped");
            }
        }
    }

    /// <summary>A folder's page files and subfolders (not followed through links), sorted as the full paths of the files under them would be.</summary>
    private static (IEnumerable<FileSystemInfo> Entries, string? Error) Listing(DirectoryInfo directory, InputContainer container)
    {
        var entries = new List<(string Key, FileSystemInfo Entry)>();
        try
        {
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo)
                {
                    if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                    {
                        entries.Add((entry.Name + "/", entry));
                    }
                }
                else if (Wanted(entry.Name, container))
                {
                    entries.Add((entry.Name, entry));
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ([], exception.Message);
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return (entries.Select(static entry => entry.Entry), null);
    }

    private static bool Wanted(string name, InputContainer container)
    {
        var kind = Classify(name);
        if (container is InputContainer.Warc or InputContainer.Jsonl)
        {
            return kind == container;
        }

        var bare = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return kind == InputContainer.Files && PageExtensions.Contains(Path.GetExtension(bare), StringComparer.OrdinalIgnoreCase);
    }

    private static string StripExtensions(string path)
    {
        var bare = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var directory = Path.GetDirectoryName(bare);
        var name = Path.GetFileNameWithoutExtension(bare);
        return string.IsNullOrEmpty(directory) ? name : Path.Combine(directory, name);
    }
}
