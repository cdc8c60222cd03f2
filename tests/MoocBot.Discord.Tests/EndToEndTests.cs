using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests;

/// <summary>The running host (Core + the Discord adapter) against the fake REST server and the fake gateway.</summary>
public sealed class EndToEndTests : IAsyncLifetime, IDisposable
{
    private const string InteractionToken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5-SECRET-TOKEN";
    private readonly SignedInteractionSender _sender = new();
    private FakeDiscordRestServer _rest = null!;
    private FakeGatewayServer _gateway = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _gateway = await FakeGatewayServer.StartAsync();
        _host = await TestHost.StartAsync(_sender, _rest, _gateway);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _gateway.DisposeAsync();
        await _rest.DisposeAsync();
    }

    public void Dispose() => _sender.Dispose();

    [Fact]
    public async Task Host_Starts_RegistersTheCommandsOnce()
    {
        var put = await _rest.WaitForRequestAsync("PUT", "/commands");

        Assert.Contains(put.Json.EnumerateArray(), c => c.GetProperty("name").GetString() == "fact");
    }

    [Fact]
    public async Task Host_MentionOverTheGateway_IsAnsweredThroughTheRestClient()
    {
        var connection = await _gateway.NextConnectionAsync();
        await connection.SendHelloAsync(45000);
        await connection.ReceiveAsync(2);
        await connection.SendReadyAsync("session-1", _gateway.ResumeUrl, TestHost.BotUserId);

        await connection.SendDispatchAsync("MESSAGE_CREATE",
            "{\"id\":\"2000000000000000001\",\"channel_id\":\"" + TestHost.ChannelId + "\",\"guild_id\":\"" + TestHost.GuildId + "\","
            + "\"author\":{\"id\":\"" + TestHost.UserId + "\",\"username\":\"learner\"},\"content\":\"<@" + TestHost.BotUserId + "> how many MOOCs are there?\","
            + "\"mentions\":[{\"id\":\"" + TestHost.BotUserId + "\",\"username\":\"MoocBot\",\"bot\":true}],\"type\":0}");

        var post = await _rest.WaitForRequestAsync("POST", $"/channels/{TestHost.ChannelId}/messages");
        Assert.Contains("more than 97,000", post.Body, StringComparison.Ordinal);
        Assert.Contains("Xinhua", post.Json.GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bot " + TestHost.BotToken, post.Headers["Authorization"]);
    }

    [Fact]
    public async Task Host_NoticeHitting429_WaitsRetryAfterThenDeliversExactlyOnce()
    {
        var time = new SignallingTimeProvider();
        await using var host = await TestHost.StartAsync(_sender, _rest, configureServices: s => s.AddSingleton<TimeProvider>(time));
        _rest.Enqueue(ScriptedResponse.TooManyRequests("POST", $"/channels/{TestHost.ChannelId}/messages", retryAfter: 0.25));
        var sender = host.Services.GetServices<IChatSender>().Single(s => s.Platform == "discord");

        var sending = sender.SendAsync(TestHost.ChannelId, ReplyComposer.ComposeText("MOOCs offered in China: 62,000 → 70,000."), CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(0.25)).WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(0.24));
        var deliveredEarly = sending.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.01));
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(deliveredEarly, "delivered before Retry-After had passed");
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var posts = _rest.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 200], posts.Select(p => p.Status));
    }

    [Fact]
    public async Task Host_AdministratorsForDiscord_AreRegistered()
    {
        var administrators = _host.Services.GetServices<IChatAdministrators>().Single(a => a.Platform == "discord");
        var message = new ChatMessage("discord", TestHost.ChannelId, TestHost.UserId, "/subscribe", IsGroup: true, MentionsBot: true) { SenderIsAdmin = true };

        Assert.True(await administrators.IsAdministratorAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task Host_CommandsAndGatewayTraffic_NeverLogTheBotTokenOrAnInteractionToken()
    {
        using var command = await _sender.PostAsync(_host.Client, SignedInteractionSender.Command("fact", "query", "moocs", token: InteractionToken));
        using var tampered = await _sender.PostAsync(_host.Client, SignedInteractionSender.Command("stats", token: InteractionToken), signedBody: "{}");
        var connection = await _gateway.NextConnectionAsync();
        await connection.SendHelloAsync(45000);
        await connection.ReceiveAsync(2);
        await connection.SendReadyAsync("session-1", _gateway.ResumeUrl, TestHost.BotUserId);
        await connection.CloseAsync(4000, "Unknown error");
        var resumed = await _gateway.NextConnectionAsync();
        await resumed.SendHelloAsync(45000);
        await resumed.ReceiveAsync(6);
        await _rest.WaitForRequestAsync("PUT", "/commands");

        var lines = _host.Logs.Records.Select(FakeLogs.FullText).ToList();
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains(TestHost.BotToken, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(InteractionToken, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("SECRET", StringComparison.Ordinal));
    }
}
