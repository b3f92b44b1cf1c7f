using System.Net;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary>Issue 9: an answer of 800 MB (or an endless one) is not read whole.</summary>
public sealed class ResponseLimitTests
{
    [Fact]
    public async Task An_endless_answer_fails_at_the_limit()
    {
        var body = new EndlessStream();
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });
        using var client = new HttpClient(handler);
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = "k", ServerUrl = new Uri("http://127.0.0.1:1/"), MaxResponseBytes = 1024 * 1024 });

        var exception = await Assert.ThrowsAsync<TranslationServiceException>(() => provider.GetUsageAsync());

        Assert.Contains("MaxResponseBytes", exception.Message, StringComparison.Ordinal);
        Assert.InRange(body.BytesRead, 1024 * 1024, 3 * 1024 * 1024);
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_fails_before_reading()
    {
        var body = new EndlessStream();
        using var handler = new StubHandler(_ =>
        {
            var content = new StreamContent(body);
            content.Headers.ContentLength = 800L * 1024 * 1024;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        using var client = new HttpClient(handler);
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = "k", ServerUrl = new Uri("http://127.0.0.1:1/") });

        var exception = await Assert.ThrowsAsync<TranslationServiceException>(() => provider.GetUsageAsync());

        Assert.Contains("838860800 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, body.BytesRead);
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
            buffer.AsSpan(offset, count).Fill((byte)' ');
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
