using System.Net;
using System.Text.Json;
using MoocBot.Core.Answering;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

public sealed class InteractionEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly SignedInteractionSender _sender = new();
    private FakeDiscordRestServer _rest = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await TestHost.StartAsync(_sender, _rest);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    public void Dispose() => _sender.Dispose();

    [Fact]
    public async Task Post_Ping_AnswersPong()
    {
        using var response = await _sender.PostAsync(_host.Client, """{"id":"1","application_id":"1000000000000000001","type":1,"token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ReadJsonAsync(response);
        Assert.Equal(1, json.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Post_FactMoocs_AnswersInlineWithTheFigureAndTheSource()
    {
        using var response = await _sender.PostAsync(_host.Client, SignedInteractionSender.Command("fact", "query", "moocs"));

        var json = await ReadJsonAsync(response);
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var data = json.GetProperty("data");
        var embed = data.GetProperty("embeds")[0];
        Assert.Contains("more than 97,000", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("reported by Xinhua", embed.GetProperty("fields")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains("Xinhua", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(data.TryGetProperty("flags", out _));
        var buttons = data.GetProperty("components")[0].GetProperty("components");
        Assert.Contains(buttons.EnumerateArray(), b => b.GetProperty("custom_id").GetString() == "/source national.moocs");
    }

    [Fact]
    public async Task Post_TamperedBody_Gets401()
    {
        var signed = SignedInteractionSender.Command("fact", "query", "moocs");
        var tampered = signed.Replace("moocs", "users", StringComparison.Ordinal);

        using var response = await _sender.PostAsync(_host.Client, tampered, signedBody: signed);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-hex")]
    [InlineData("abcd")]
    public async Task Post_MalformedSignature_Gets401(string signature)
    {
        using var response = await _sender.PostAsync(_host.Client, SignedInteractionSender.Command("stats"), signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignatureOverAnotherTimestamp_Gets401()
    {
        var body = SignedInteractionSender.Command("stats");
        var now = _sender.Timestamp;

        using var response = await _sender.PostAsync(_host.Client, body, signature: _sender.Sign(now + "1", body), timestamp: now);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoSignatureHeaders_Gets401()
    {
        using var content = new StringContent(SignedInteractionSender.Command("stats"));

        using var response = await _host.Client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SameSignedInteractionAgain_IsRefusedAsAReplay()
    {
        var body = SignedInteractionSender.Command("fact", "query", "moocs");
        var stamp = _sender.Timestamp;

        using var first = await _sender.PostAsync(_host.Client, body, timestamp: stamp);
        using var replayed = await _sender.PostAsync(_host.Client, body, timestamp: stamp);
        using var replayedLater = await _sender.PostAsync(_host.Client, body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayedLater.StatusCode);
        Assert.Equal(2, _host.Logs.Records.Count(e => e.Id.Id == 40 && e.Message.Contains("1100", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Post_SignedButInvalidJson_Gets400()
    {
        using var response = await _sender.PostAsync(_host.Client, "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_Autocomplete_ReturnsMatchingFactsAsChoices()
    {
        var body = SignedInteractionSender.Interaction(4, """{"id":"1","name":"fact","type":1,"options":[{"name":"query","type":3,"value":"registered users","focused":true}]}""");

        using var response = await _sender.PostAsync(_host.Client, body);

        var json = await ReadJsonAsync(response);
        Assert.Equal(8, json.GetProperty("type").GetInt32());
        var choices = json.GetProperty("data").GetProperty("choices");
        Assert.InRange(choices.GetArrayLength(), 1, 25);
        Assert.Equal("national.registered-users", choices[0].GetProperty("value").GetString());
        Assert.All(choices.EnumerateArray(), c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
    }

    [Fact]
    public async Task Post_AutocompleteWithNothingTyped_OffersAtMost25Facts()
    {
        var body = SignedInteractionSender.Interaction(4, """{"id":"1","name":"source","type":1,"options":[{"name":"fact","type":3,"value":"","focused":true}]}""");

        using var response = await _sender.PostAsync(_host.Client, body);

        var choices = (await ReadJsonAsync(response)).GetProperty("data").GetProperty("choices");
        Assert.Equal(TestData.Repository.Facts.Take(25).Select(f => f.Id), choices.EnumerateArray().Select(c => c.GetProperty("value").GetString()));
    }

    [Theory]
    [InlineData("moocs")]
    [InlineData("  registered   users ")]
    public async Task Post_Autocomplete_OffersWhatTheAnswererFinds_InItsOrder(string query)
    {
        var body = SignedInteractionSender.Interaction(4, $$$"""{"id":"1","name":"source","type":1,"options":[{"name":"fact","type":3,"value":"{{{query}}}","focused":true}]}""");

        using var response = await _sender.PostAsync(_host.Client, body);

        var choices = (await ReadJsonAsync(response)).GetProperty("data").GetProperty("choices");
        var expected = new FactAnswerer(TestData.Repository).Search(query.Trim(), 25).Select(f => f.Id);
        Assert.Equal(expected, choices.EnumerateArray().Select(c => c.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Post_SourceButton_AnswersWithTheQuotedSentence()
    {
        var body = SignedInteractionSender.Interaction(3, """{"custom_id":"/source platform.teaching-materials","component_type":2}""");

        using var response = await _sender.PostAsync(_host.Client, body);

        var json = await ReadJsonAsync(response);
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var embed = json.GetProperty("data").GetProperty("embeds")[0];
        Assert.Contains("nearly 100,000 teaching materials", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("> ", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Ask_AnswersThePlainQuestion()
    {
        using var response = await _sender.PostAsync(_host.Client, SignedInteractionSender.Command("ask", "question", "how many MOOCs are there?"));

        var embed = (await ReadJsonAsync(response)).GetProperty("data").GetProperty("embeds")[0];
        Assert.Contains("more than 97,000", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Help_IsEphemeral()
    {
        using var response = await _sender.PostAsync(_host.Client, SignedInteractionSender.Command("help"));

        var data = (await ReadJsonAsync(response)).GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("/fact", data.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownCommand_AnswersEphemerally()
    {
        using var response = await _sender.PostAsync(_host.Client, SignedInteractionSender.Command("retired"));

        var data = (await ReadJsonAsync(response)).GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
