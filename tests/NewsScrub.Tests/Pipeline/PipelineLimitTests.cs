using System.Text;

namespace NewsScrub.Tests.Pipeline;

/// <summary>Issue 9: a page-size limit the user sets, streams read no further than it, and cancellable cleaning.</summary>
public sealed class PipelineLimitTests
{
    private const string Page = "<html><body><article><p>The harbour council approved the ferry budget on Monday after a long debate about the costs.</p></article></body></html>";

    [Fact]
    public void An_endless_stream_fails_at_the_limit_instead_of_filling_memory()
    {
        var pipeline = new ScrubPipelineBuilder { MaxPageBytes = 1024 * 1024 }.Build();
        using var endless = new EndlessStream();

        var error = Assert.Throws<InvalidDataException>(() => pipeline.CleanHtml(endless, contentType: null, language: null));

        Assert.Contains("MaxPageBytes", error.Message, StringComparison.Ordinal);
        Assert.InRange(endless.BytesRead, 1024 * 1024, 2 * 1024 * 1024);
    }

    [Fact]
    public void A_stream_within_the_limit_is_cleaned()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Page));

        var article = ScrubPipeline.Default.CleanHtml(stream, contentType: null, language: null);

        Assert.Contains("ferry budget", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_over_the_limit_fail_with_a_message_naming_it()
    {
        var pipeline = ScrubPipelineBuilder.CreateDefault();
        pipeline.MaxPageBytes = 2048;
        var built = pipeline.Build();
        var large = Page.Replace("<p>", "<p>" + new string('x', 4000) + " ", StringComparison.Ordinal);

        Assert.Contains("MaxPageBytes", Assert.Throws<InvalidDataException>(() => built.CleanHtml(large)).Message, StringComparison.Ordinal);
        Assert.Contains("MaxPageBytes", Assert.Throws<InvalidDataException>(() => built.CleanHtml(Encoding.UTF8.GetBytes(large))).Message, StringComparison.Ordinal);
        Assert.Contains("MaxPageBytes", Assert.Throws<InvalidDataException>(() => built.CleanText(large)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(100L)]
    [InlineData(ScrubPipelineBuilder.MaxPageBytesLimit + 1)]
    public void An_out_of_range_limit_is_refused_naming_the_option(long limit)
    {
        var builder = new ScrubPipelineBuilder { MaxPageBytes = limit };

        Assert.Equal("MaxPageBytes", Assert.Throws<ArgumentOutOfRangeException>(builder.Build).ParamName);
    }

    [Fact]
    public void A_cancelled_token_stops_every_clean_overload()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var pipeline = ScrubPipeline.Default;

        Assert.Throws<OperationCanceledException>(() => pipeline.Clean(Page, InputFormat.Auto, null, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => pipeline.CleanText("Some text.", null, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => pipeline.CleanHtml(Page, null, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => pipeline.CleanHtml(Encoding.UTF8.GetBytes(Page), null, null, cancelled.Token));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Page));
        Assert.Throws<OperationCanceledException>(() => pipeline.CleanHtml(stream, null, null, cancelled.Token));
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
