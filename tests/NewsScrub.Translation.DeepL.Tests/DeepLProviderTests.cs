using NewsScrub.Translation.DeepL.Tests.Support;

namespace NewsScrub.Translation.DeepL.Tests;

/// <summary>The provider, through DI and the real HTTP stack, against the fake DeepL server on 127.0.0.1.</summary>
public sealed class DeepLProviderTests
{
    [Fact]
    public async Task A_300_paragraph_article_is_translated_completely_and_in_order_in_batches_of_50()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var article = Articles.Long(300);

        var translated = await new ArticleTranslator(host.Provider).TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "DE" });

        Assert.Equal(300, translated.Blocks.Count);
        for (var i = 0; i < article.Blocks.Count; i++)
        {
            Assert.Equal(article.Blocks[i].Kind, translated.Blocks[i].Kind);
            Assert.Equal(article.Blocks[i].Text, translated.Blocks[i].Original);
            Assert.Equal("[DE] " + article.Blocks[i].Text, translated.Blocks[i].Translation);
        }

        Assert.Equal("[DE] " + article.Title, translated.Title!.Translation);
        Assert.Equal("DE", translated.TargetLanguage);
        Assert.Equal("EN", translated.SourceLanguage);
        var requests = host.Server.TranslateRequests;
        Assert.Equal(7, requests.Count); // title + 300 paragraphs = 301 texts
        Assert.All(requests.Take(6), static request => Assert.Equal(50, request.Texts.Count));
        Assert.Single(requests[6].Texts);
        Assert.Equal([article.Title!, .. article.Blocks.Select(static block => block.Text)], requests.SelectMany(static request => request.Texts));
        Assert.Equal(article.Title!.Length + article.Blocks.Sum(static block => block.Text.Length), translated.BilledCharacters);
    }

    [Fact]
    public async Task Requests_are_json_with_the_key_header_a_user_agent_and_billed_characters()
    {
        await using var host = await DeepLTestHost.StartAsync();

        await host.Provider.TranslateAsync(new TranslationRequest
        {
            Texts = ["Hello"],
            TargetLanguage = "de",
            Formality = TranslationFormality.PreferLess,
            Context = "A greeting.",
        });

        var request = Assert.Single(host.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("DeepL-Auth-Key " + FakeDeepLServer.Key, request.Authorization);
        Assert.StartsWith("NewsScrub.Translation.DeepL/", request.UserAgent, StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.True(request.ShowBilledCharacters);
        Assert.Equal("prefer_less", request.Formality);
        Assert.Equal("A greeting.", request.Context);
        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(host.Logs.Lines, static line => line.Contains(FakeDeepLServer.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Boilerplate_and_captions_are_not_sent_unless_captions_are_asked_for()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var article = Articles.Long(3);
        var translator = new ArticleTranslator(host.Provider);

        var withoutCaptions = await translator.TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "FR" });
        var withCaptions = await translator.TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "FR", IncludeCaptions = true });

        var sent = host.Server.TranslateRequests.SelectMany(static request => request.Texts).ToList();
        Assert.DoesNotContain("Subscribe to our newsletter", sent);
        Assert.DoesNotContain("Advertisement", sent);
        Assert.Empty(withoutCaptions.Captions);
        Assert.Equal("[FR] The harbour at dawn.", Assert.Single(withCaptions.Captions).Translation);
        Assert.Equal(1, sent.Count(static text => text == "The harbour at dawn."));
    }

    [Fact]
    public async Task Succeeds_after_two_429s()
    {
        await using var host = await DeepLTestHost.StartAsync();
        host.Server.Fail429(2);

        var result = await host.Provider.TranslateAsync(new TranslationRequest { Texts = ["one", "two"], TargetLanguage = "DE" });

        Assert.Equal(["[DE] one", "[DE] two"], result.Texts.Select(static text => text.Text));
        Assert.Equal([429, 429, 200], host.Server.TranslateRequests.Select(static request => request.Status));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(529)]
    public async Task Server_errors_are_retried(int status)
    {
        await using var host = await DeepLTestHost.StartAsync();
        host.Server.Fail5xx(2, status);

        var result = await host.Provider.TranslateAsync(new TranslationRequest { Texts = ["one"], TargetLanguage = "DE" });

        Assert.Equal("[DE] one", Assert.Single(result.Texts).Text);
        Assert.Equal([status, status, 200], host.Server.Requests.Select(static request => request.Status));
    }

    [Fact]
    public async Task Persistent_429_ends_as_too_many_requests_after_the_retries()
    {
        await using var host = await DeepLTestHost.StartAsync(static options => options.MaxRetryAttempts = 3);
        host.Server.Fail429(100);

        var exception = await Assert.ThrowsAsync<TranslationTooManyRequestsException>(
            () => host.Provider.TranslateAsync(new TranslationRequest { Texts = ["one"], TargetLanguage = "DE" }));

        Assert.Equal(429, exception.StatusCode);
        Assert.Equal(4, host.Server.TranslateRequests.Count);
    }

    [Fact]
    public async Task Quota_exceeded_is_a_quota_error_not_retried_and_never_a_partial_article()
    {
        await using var host = await DeepLTestHost.StartAsync();
        var article = Articles.Long(300);
        host.Server.CharacterLimit = 100 * 60; // enough for two of the seven batches

        var translator = new ArticleTranslator(host.Provider);
        var exception = await Assert.ThrowsAsync<TranslationQuotaExceededException>(
            () => translator.TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "DE" }));

        Assert.Equal(456, exception.StatusCode);
        Assert.Contains("Quota for this billing period has been exceeded.", exception.Message, StringComparison.Ordinal);
        Assert.Equal([200, 456], host.Server.TranslateRequests.Select(static request => request.Status).Distinct());
        Assert.Single(host.Server.TranslateRequests, static request => request.Status == 456);

        // Once the quota is raised, only what was not translated yet is paid for.
        host.Server.CharacterLimit = null;
        var translated = await translator.TranslateAsync(article, new ArticleTranslationOptions { TargetLanguage = "DE" });
        Assert.Equal(300, translated.Blocks.Count);
        Assert.Equal(100, translated.CachedTexts);
        Assert.Equal(translated.Blocks.Skip(99).Sum(static block => block.Original.Length), translated.BilledCharacters);
    }

    [Fact]
    public async Task A_wrong_key_is_an_authorization_error_without_the_key_and_not_retried()
    {
        await using var host = await DeepLTestHost.StartAsync(static options => options.AuthKey = "secret-wrong-key");

        var exception = await Assert.ThrowsAsync<TranslationAuthorizationException>(
            () => host.Provider.TranslateAsync(new TranslationRequest { Texts = ["one"], TargetLanguage = "DE" }));

        Assert.Equal(403, exception.StatusCode);
        Assert.Single(host.Server.Requests);
        Assert.DoesNotContain("secret-wrong-key", exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, static line => line.Contains("secret-wrong-key", StringComparison.Ordinal));
        Assert.DoesNotContain("secret-wrong-key", host.Provider.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_parameter_is_a_bad_request_with_the_api_message_and_not_retried()
    {
        await using var host = await DeepLTestHost.StartAsync();

        var exception = await Assert.ThrowsAsync<TranslationBadRequestException>(
            () => host.Provider.TranslateAsync(new TranslationRequest { Texts = ["one"], TargetLanguage = "XX" }));

        Assert.Equal(400, exception.StatusCode);
        Assert.Contains("Value for 'target_lang' not supported.", exception.Message, StringComparison.Ordinal);
        Assert.Single(host.Server.Requests);
    }

    [Fact]
    public async Task A_batch_the_server_finds_too_large_is_sent_in_halves()
    {
        await using var host = await DeepLTestHost.StartAsync();
        host.Server.MaxBodyBytes = 6_000; // 50 texts of 200 characters are about 10 KB
        var texts = Enumerable.Range(0, 50).Select(static i => $"{i:D3} " + new string('y', 196)).ToList();

        var result = await host.Provider.TranslateAsync(new TranslationRequest { Texts = texts, TargetLanguage = "DE" });

        Assert.Equal(texts.Select(static text => "[DE] " + text), result.Texts.Select(static text => text.Text));
        var statuses = host.Server.TranslateRequests.Select(static request => request.Status).ToList();
        Assert.Equal(413, statuses[0]);
        Assert.Equal(1, statuses.Count(static status => status == 413));
        Assert.Equal(2, statuses.Count(static status => status == 200));
    }

    [Fact]
    public async Task A_single_text_too_large_for_the_server_is_a_bad_request()
    {
        await using var host = await DeepLTestHost.StartAsync();
        host.Server.MaxBodyBytes = 2_000;

        var exception = await Assert.ThrowsAsync<TranslationBadRequestException>(
            () => host.Provider.TranslateAsync(new TranslationRequest { Texts = [new string('z', 3_000)], TargetLanguage = "DE" }));

        Assert.Equal(413, exception.StatusCode);
        Assert.Single(host.Server.Requests);
    }

    [Fact]
    public async Task Cancellation_stops_a_request_the_server_never_answers()
    {
        await using var host = await DeepLTestHost.StartAsync();
        host.Server.Hang(100);
        using var cancellation = new CancellationTokenSource();

        var translation = host.Provider.TranslateAsync(new TranslationRequest { Texts = ["one"], TargetLanguage = "DE" }, cancellation.Token);
        await host.Server.HangStarted;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => translation);
        Assert.Single(host.Server.Requests);
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_a_connection_error_and_not_retried_by_default()
    {
        await using var host = await DeepLTestHost.StartAsync(static options => options.AttemptTimeout = TimeSpan.FromMilliseconds(200));
        host.Server.Hang(100);

        var exception = await Assert.ThrowsAsync<TranslationConnectionException>(
            () => host.Provider.TranslateAsync(new TranslationRequest { Texts = ["one"], TargetLanguage = "DE" }));

        Assert.NotNull(exception.InnerException);
        Assert.Single(host.Server.Requests);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_connection_error()
    {
        var server = await FakeDeepLServer.StartAsync();
        var url = server.Url;
        await server.DisposeAsync();
        using var client = new HttpClient();
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = FakeDeepLServer.Key, ServerUrl = url });

        await Assert.ThrowsAsync<TranslationConnectionException>(
            () => provider.TranslateAsync(new TranslationRequest { Texts = ["one"], TargetLanguage = "DE" }));
    }

    [Fact]
    public async Task Usage_and_languages_are_read()
    {
        await using var host = await DeepLTestHost.StartAsync();
        host.Server.CharacterLimit = 1_000;
        await host.Provider.TranslateAsync(new TranslationRequest { Texts = ["12345"], TargetLanguage = "DE" });

        var usage = await host.Provider.GetUsageAsync();
        var targets = await host.Provider.GetLanguagesAsync(TranslationLanguageKind.Target);
        var sources = await host.Provider.GetLanguagesAsync(TranslationLanguageKind.Source);

        Assert.Equal(new DeepLUsage(5, 1_000), usage);
        Assert.False(usage.LimitReached);
        Assert.Contains(targets, static language => language is { Code: "DE", SupportsFormality: true });
        Assert.Contains(targets, static language => language is { Code: "EN-GB", SupportsFormality: false });
        Assert.Contains(sources, static language => language.Code == "EN");
        Assert.DoesNotContain(sources, static language => language.Code == "EN-GB");
    }

    [Fact]
    public async Task A_plain_HttpClient_works_without_DI_and_is_not_disposed()
    {
        await using var server = await FakeDeepLServer.StartAsync();
        using var client = new HttpClient();
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = FakeDeepLServer.Key, ServerUrl = server.Url });

        var first = await provider.TranslateAsync(new TranslationRequest { Texts = ["one"], TargetLanguage = "DE" });
        var second = await provider.TranslateAsync(new TranslationRequest { Texts = ["two"], TargetLanguage = "DE" });

        Assert.Equal("[DE] one", Assert.Single(first.Texts).Text);
        Assert.Equal("[DE] two", Assert.Single(second.Texts).Text);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_server_url_with_a_path_prefix_keeps_the_prefix()
    {
        using var handler = new StubHandler(static _ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent("""{"character_count":1}""") });
        using var client = new HttpClient(handler);
        var provider = new DeepLTranslationProvider(client, new DeepLTranslationOptions { AuthKey = "k", ServerUrl = new Uri("http://127.0.0.1:1/proxy/deepl") });

        await provider.GetUsageAsync();

        Assert.Equal("http://127.0.0.1:1/proxy/deepl/v2/usage", Assert.Single(handler.Requests).RequestUri!.AbsoluteUri);
    }
}
