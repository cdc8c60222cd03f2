using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Diagnostics;
using MoocBot.Discord.Gateway;
using MoocBot.Discord.Tests.Fakes;
using Xunit.Abstractions;

namespace MoocBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayClientTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int Interval = 41250;
    private const string SessionId = "session-abc";
    private readonly FakeTimeProvider _time = new();
    private readonly FakeLogs _logs = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ScopedMeterFactory _meters = new();
    private FakeGatewayServer _gateway = null!;
    private FakeDiscordRestServer _rest = null!;
    private ServiceProvider _services = null!;
    private Task _running = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _gateway = await FakeGatewayServer.StartAsync();
        _rest = await FakeDiscordRestServer.StartAsync();
        _services = Services.Build(_rest.BaseUrl, _logs, _time, gatewayUrl: _gateway.Url, meters: _meters);
        _running = _services.GetRequiredService<DiscordGatewayClient>().RunAsync(_stop.Token);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            // Shown only when the test failed: what the client logged and how each connection ended.
            foreach (var line in _logs.Records.Select(FakeLogs.FullText).Concat(_gateway.Describe()))
            {
                output.WriteLine(line);
            }

            await _services.DisposeAsync();
            await _gateway.DisposeAsync();
            await _rest.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _stop.Dispose();
        _logs.Dispose();
        _meters.Dispose();
    }

    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithTheIntentsAndHeartbeatsWithTheLastSequence()
    {
        var connection = await _gateway.NextConnectionAsync();
        Assert.StartsWith("/?v=10&encoding=json", connection.RequestTarget, StringComparison.Ordinal);

        await connection.SendHelloAsync(Interval);
        var identify = (await connection.ReceiveAsync(2)).GetProperty("d");
        Assert.Equal(TestHost.BotToken, identify.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 9) | (1 << 12), identify.GetProperty("intents").GetInt32());

        _time.Advance(TimeSpan.FromMilliseconds(Interval));
        Assert.Equal(JsonValueKind.Null, (await connection.ReceiveAsync(1)).GetProperty("d").ValueKind);

        await connection.SendReadyAsync(SessionId, _gateway.ResumeUrl, TestHost.BotUserId);
        await connection.SendOpAsync(11);
        await AcknowledgedAsync(connection);
        _time.Advance(TimeSpan.FromMilliseconds(Interval));
        Assert.Equal(1, (await connection.ReceiveAsync(1)).GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task RunAsync_MessageMentioningTheBot_IsAnsweredThroughTheRestClient()
    {
        var connection = await StartSessionAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", Message("m1", $"<@{TestHost.BotUserId}> how many moocs?", mention: true, authorIsBot: true));
        await connection.SendDispatchAsync("MESSAGE_CREATE", Message("m2", "how many moocs are there?", mention: false));
        await connection.SendDispatchAsync("MESSAGE_CREATE", Message("m3", $"<@{TestHost.BotUserId}> how many MOOCs are there?", mention: true));

        var post = await _rest.WaitForRequestAsync("POST", $"/channels/{TestHost.ChannelId}/messages");
        Assert.Contains("more than 97,000", post.Body, StringComparison.Ordinal);
        Assert.Equal("m3", post.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Single(_rest.Requests);
    }

    [Fact]
    public async Task RunAsync_MessagesFromTheGateway_AreCountedAsDiscordUpdatesAnsweredOrNot()
    {
        using var updates = new MetricCollector<long>(_meters, MoocBotMetrics.MeterName, "moocbot.updates");
        var connection = await StartSessionAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", Message("m1", "just chatting", mention: false));
        await connection.SendDispatchAsync("MESSAGE_CREATE", Message("m2", $"<@{TestHost.BotUserId}> how many MOOCs are there?", mention: true));
        await AcknowledgedAsync(connection);

        var counted = updates.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Sum(m => m.Value));
        Assert.All(counted, m => Assert.Equal("discord", m.Tags["platform"]));
    }

    [Fact]
    public async Task RunAsync_DirectMessage_IsAnsweredWithoutAMention()
    {
        var connection = await StartSessionAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", Message("m1", "how many MOOCs are there?", mention: false, inGuild: false));

        var post = await _rest.WaitForRequestAsync("POST", "/messages");
        Assert.Contains("more than 97,000", post.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Reconnect_ResumesOnTheResumeUrl()
    {
        var first = await StartSessionAsync();

        await first.SendOpAsync(7);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(1000, first.ClientCloseCode);
        await AssertResumesAsync();
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        var first = await StartSessionAsync();

        await first.SendOpAsync(9, "true");
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(30));

        await AssertResumesAsync();
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_WaitsThenIdentifiesAnew()
    {
        var first = await StartSessionAsync();

        await first.SendOpAsync(9, "false");
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, _gateway.ConnectionCount);
        _time.Advance(TimeSpan.FromSeconds(5));

        var second = await _gateway.NextConnectionAsync();
        Assert.StartsWith("/?v=10", second.RequestTarget, StringComparison.Ordinal);
        await second.SendHelloAsync(Interval);
        Assert.Equal(TestHost.BotToken, (await second.ReceiveAsync(2)).GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task RunAsync_HeartbeatNotAcknowledged_DropsTheZombieAndResumes()
    {
        var first = await StartSessionAsync();

        _time.Advance(TimeSpan.FromMilliseconds(Interval));
        await first.ReceiveAsync(1);
        _time.Advance(TimeSpan.FromMilliseconds(Interval));
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(1000, first.ClientCloseCode);
        await AssertResumesAsync();
        Assert.Contains(_logs.Records, e => e.Message.Contains("zombied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Close4000_Resumes()
    {
        var first = await StartSessionAsync();

        await first.CloseAsync(4000, "Unknown error");

        await AssertResumesAsync();
    }

    [Theory]
    [InlineData("""{"d":null,"s":null,"t":null}""")]
    [InlineData("not json")]
    public async Task RunAsync_PayloadItCannotRead_LogsItOnceAndResumes(string payload)
    {
        var first = await StartSessionAsync();

        await first.SendAsync(payload);
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(30));

        await AssertResumesAsync();
        var error = Assert.Single(_logs.Records, e => e.Level == LogLevel.Error);
        Assert.NotNull(error.Exception);
    }

    [Fact]
    public async Task RunAsync_Close4014_StopsWithAClearLog()
    {
        var first = await StartSessionAsync();

        await first.CloseAsync(4014, "Disallowed intent(s).");

        await _running.WaitAsync(TimeSpan.FromSeconds(30));
        var stopped = Assert.Single(_logs.Records, e => e.Level == LogLevel.Critical);
        Assert.Contains("4014", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("Developer Portal", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(1, _gateway.ConnectionCount);
        var health = Assert.Single(_services.GetRequiredService<BotHealth>().Snapshot(), c => c.Name == "discord.gateway");
        Assert.NotNull(health.LastSuccess);
        Assert.Contains("4014", health.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AnySession_NeverLogsTheToken()
    {
        var first = await StartSessionAsync();
        await first.CloseAsync(4000, "Unknown error");
        await AssertResumesAsync();

        Assert.DoesNotContain(_logs.Records, e => FakeLogs.FullText(e).Contains(TestHost.BotToken, StringComparison.Ordinal));
    }

    private async Task<FakeGatewayConnection> StartSessionAsync()
    {
        var connection = await _gateway.NextConnectionAsync();
        await connection.SendHelloAsync(Interval);
        await connection.ReceiveAsync(2);
        await connection.SendReadyAsync(SessionId, _gateway.ResumeUrl, TestHost.BotUserId);
        await AcknowledgedAsync(connection);
        return connection;
    }

    /// <summary>The client handles payloads in order: once it answers a heartbeat request, it has handled everything sent before.</summary>
    private static async Task AcknowledgedAsync(FakeGatewayConnection connection)
    {
        await connection.SendOpAsync(1);
        await connection.ReceiveAsync(1);
    }

    private async Task AssertResumesAsync()
    {
        var second = await _gateway.NextConnectionAsync();
        Assert.StartsWith("/resume?v=10", second.RequestTarget, StringComparison.Ordinal);
        await second.SendHelloAsync(Interval);
        var resume = (await second.ReceiveAsync(6)).GetProperty("d");
        Assert.Equal(SessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(1, resume.GetProperty("seq").GetInt64());
        Assert.Equal(TestHost.BotToken, resume.GetProperty("token").GetString());
    }

    private static string Message(string id, string content, bool mention, bool authorIsBot = false, bool inGuild = true) =>
        "{\"id\":\"" + id + "\",\"channel_id\":\"" + TestHost.ChannelId + "\"," + (inGuild ? "\"guild_id\":\"" + TestHost.GuildId + "\"," : string.Empty)
        + "\"author\":{\"id\":\"" + (authorIsBot ? "1000000000000000077" : TestHost.UserId) + "\",\"username\":\"someone\",\"bot\":" + (authorIsBot ? "true" : "false") + "},"
        + "\"content\":" + JsonSerializer.Serialize(content) + ",\"type\":0,"
        + "\"mentions\":[" + (mention ? "{\"id\":\"" + TestHost.BotUserId + "\",\"username\":\"MoocBot\",\"bot\":true}" : string.Empty) + "]}";
}
