using System.Net;
using System.Text;
using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary>Small checks through a stub handler: batching, options, status mapping.</summary>
public sealed class UnitTests
{
    [Fact]
    public void Batches_are_split_by_encoded_size_not_by_character_count()
    {
        // 1,000 CJK characters are 3,000 bytes of UTF-8: 40 such texts exceed 120 KB although they are only 40,000 characters.
        var texts = Enumerable.Range(0, 45).Select(static _ => new string('漢', 1_000)).ToList();
        var request = new TranslationRequest { Texts = texts, TargetLanguage = "DE" };

        var batches = DeepLRequestBody.Split(request, 50, 120_000);

        Assert.True(batches.Count >= 2);
        Assert.Equal(45, batches.Sum(static batch => batch.Count));
        Assert.All(batches, batch => Assert.True(DeepLRequestBody.Write(request, batch).Length <= 120_000));
    }

    [Fact]
    public void Batches_hold_at_most_the_text_limit_and_keep_order()
    {
        var texts = Enumerable.Range(0, 123).Select(static i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var batches = DeepLRequestBody.Split(new TranslationRequest { Texts = texts, TargetLanguage = "DE" }, 50, 120_000);

        Assert.Equal([50, 50, 23], batches.Select(static batch => batch.Count));
        Assert.Equal(texts, batches.SelectMany(static batch => batch));
    }

    [Fact]
    public void The_body_is_json_with_real_arrays_and_booleans_and_unescaped_unicode()
    {
        var body = Encoding.UTF8.GetString(DeepLRequestBody.Write(
            new TranslationRequest { Texts = ["Grüße \"x\""], TargetLanguage = "EN-GB", SourceLanguage = "DE", GlossaryId = "g1" },
            ["Grüße \"x\""]));

        Assert.Equal("""{"text":["Grüße \"x\""],"target_lang":"EN-GB","source_lang":"DE","glossary_id":"g1","show_billed_characters":true}""", body);
    }

    [Theory]
    [InlineData("abc:fx", "https://api-free.deepl.com/")]
    [InlineData(" abc:fx ", "https://api-free.deepl.com/")]
    [InlineData("abc", "https://api.deepl.com/")]
    public void The_server_follows_the_key(string key, string expected) =>
        Assert.Equal(expected, new DeepLTranslationOptions { AuthKey = key }.ResolveServerUrl().AbsoluteUri);

    [Fact]
    public void Options_never_show_the_key()
    {
        var options = new DeepLTranslationOptions { AuthKey = "super-secret-key" };

        Assert.DoesNotContain("super-secret-key", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, typeof(TranslationBadRequestException))]
    [InlineData(403, typeof(TranslationAuthorizationException))]
    [InlineData(404, typeof(TranslationBadRequestException))]
    [InlineData(456, typeof(TranslationQuotaExceededException))]
    [InlineData(429, typeof(TranslationTooManyRequestsException))]
    [InlineData(503, typeof(TranslationServiceException))]
    public async Task Statuses_map_to_the_exception_hierarchy(int status, Type expected)
    {
        using var handler = new StubHandler(_ => new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent("<html>oops</html>") });
        using var client = new HttpClient(handler);
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = "k", ServerUrl = new Uri("http://127.0.0.1:1/") });

        var exception = await Assert.ThrowsAnyAsync<TranslationException>(() => provider.TranslateAsync(new TranslationRequest { Texts = ["a"], TargetLanguage = "DE" }));

        Assert.IsType(expected, exception);
        Assert.Equal(status, exception.StatusCode);
        Assert.DoesNotContain("<html>", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_message_that_echoes_the_key_is_redacted()
    {
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("""{"message":"bad key abc-123","detail":"really"}""") });
        using var client = new HttpClient(handler);
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = "abc-123", ServerUrl = new Uri("http://127.0.0.1:1/") });

        var exception = await Assert.ThrowsAsync<TranslationBadRequestException>(() => provider.GetUsageAsync());

        Assert.Equal("DeepL answered 400 (bad request): bad key *** really", exception.Message);
    }

    [Fact]
    public async Task A_user_agent_set_on_the_client_wins()
    {
        using var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
        using var client = new HttpClient(handler);
        client.DefaultRequestHeaders.UserAgent.ParseAdd("MyApp/2.0");
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = "k", ServerUrl = new Uri("http://127.0.0.1:1/") });

        await provider.GetUsageAsync();

        Assert.Equal("MyApp/2.0", Assert.Single(handler.Requests).Headers.UserAgent.ToString());
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("pt")]
    public async Task Deprecated_targets_are_refused_before_sending(string target)
    {
        using var handler = new StubHandler(static _ => throw new InvalidOperationException("no request expected"));
        using var client = new HttpClient(handler);
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = "k" });

        await Assert.ThrowsAsync<ArgumentException>(() => provider.TranslateAsync(new TranslationRequest { Texts = ["a"], TargetLanguage = target }));
    }

    [Fact]
    public void The_provider_refuses_options_without_a_key()
    {
        using var client = new HttpClient();

        Assert.Throws<ArgumentException>(() => new DeepLTranslationProvider(client, new DeepLTranslationOptions()));
    }
}
