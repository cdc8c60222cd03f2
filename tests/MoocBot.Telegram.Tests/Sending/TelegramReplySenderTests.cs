using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Telegram.Sending;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests.Sending;

/// <summary>Answers to a user: worth a few waits for 429s and a few retries, never a duplicate.</summary>
public sealed class TelegramReplySenderTests
{
    private static readonly Reply Answer = new() { Blocks = [ReplyBlock.Text("62,000")] };

    [Fact]
    public async Task SendReplyAsync_RateLimitedTwiceInARow_DeliversOnce()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 1), times: 2);

        var delivered = await Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None);

        Assert.True(delivered);
        Assert.Equal([429, 429, 200], fake.CallsTo("sendMessage").Select(c => c.StatusCode));
        Assert.Single(fake.SentMessages);
    }

    [Fact]
    public async Task SendReplyAsync_RateLimitedBeyondTheWaits_GivesUpWithoutADuplicate()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 1), times: 6);

        var delivered = await Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None);

        Assert.False(delivered);
        Assert.Equal(Enumerable.Repeat(429, 6), fake.CallsTo("sendMessage").Select(c => c.StatusCode));
        Assert.Empty(fake.SentMessages);
    }

    [Fact]
    public async Task SendReplyAsync_RetryAfterTooLong_DropsAtOnce()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 3600));

        Assert.False(await Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None));
        Assert.Single(fake.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendReplyAsync_TransientFailuresBeyondTheRetries_GivesUp()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.ServerError(500), times: 10);

        Assert.False(await Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None));
        Assert.Equal(TelegramTestHost.FastDelays.TransientRetryDelays.Count + 1, fake.CallsTo("sendMessage").Count);
        var logs = app.Services.GetRequiredService<FakeLogs>().Records;
        Assert.All(logs.Where(e => e.Id.Id == 19), e => Assert.Null(e.Exception));
        Assert.IsType<global::Telegram.Bot.Exceptions.ApiRequestException>(Assert.Single(logs, e => e.Id.Id == 20).Exception);
    }

    [Fact]
    public async Task SendReplyAsync_ServerErrorsThenAccepted_LogsEachRetryAsOneLineWithoutStackTrace()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.ServerError(500));
        fake.FailNext("sendMessage", FakeFailure.BadGatewayPage());

        Assert.True(await Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None));

        var logs = app.Services.GetRequiredService<FakeLogs>().Records;
        var retries = logs.Where(e => e.Id.Id == 19).ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(logs, e => Assert.Null(e.Exception));
        Assert.All(retries, e => Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, e.Level));
        Assert.All(retries, e => Assert.DoesNotContain('\n', e.Message));
        Assert.Contains("(500 Internal Server Error), attempt 1; retrying in", retries[0].Message, StringComparison.Ordinal);
        Assert.Contains("attempt 2; retrying in", retries[1].Message, StringComparison.Ordinal);
        Assert.Single(fake.SentMessages);
    }

    [Fact]
    public async Task SendReplyAsync_TelegramNeverAnswers_GivesUpAtTheTimeoutWithoutSendingAgain()
    {
        var time = new FakeTimeProvider();
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake, configureServices: services => services.AddSingleton<TimeProvider>(time));
        fake.FailNext("sendMessage", FakeFailure.Hang());

        var sending = Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None);
        await fake.WaitForCallsAsync("sendMessage");
        time.Advance(app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.SendTimeout);

        Assert.False(await sending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(fake.CallsTo("sendMessage"));
        Assert.Single(fake.SentMessages);
        var warning = Assert.Single(app.Services.GetRequiredService<FakeLogs>().Records, e => e.Id.Id == 27);
        Assert.Contains("no answer within 00:00:05", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
    }

    [Fact]
    public async Task SendReplyAsync_ConnectionLostAfterTheRequestWentOut_IsNotSentAgain()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.ConnectionReset());

        Assert.False(await Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None));

        Assert.Single(fake.CallsTo("sendMessage"));
        Assert.Single(app.Services.GetRequiredService<FakeLogs>().Records, e => e.Id.Id == 27);
    }

    [Fact]
    public async Task SendReplyAsync_ConnectionRefused_IsRetriedBecauseNothingWasSent()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var app = TelegramTestHost.Build(fake, settings: new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = $"http://127.0.0.1:{port}" });

        Assert.False(await Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None));

        var logs = app.Services.GetRequiredService<FakeLogs>().Records;
        Assert.Equal(TelegramTestHost.FastDelays.TransientRetryDelays.Count, logs.Count(e => e.Id.Id == 19));
        Assert.DoesNotContain(logs, e => e.Id.Id == 27);
    }

    [Fact]
    public async Task SendReplyAsync_Refused_NoRetry()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.BadRequest("not enough rights to send text messages to the chat"));

        Assert.False(await Sender(app).SendReplyAsync(-5, Answer, ReplyTarget.None, CancellationToken.None));
        Assert.Single(fake.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendReplyAsync_GroupUpgraded_SendsToTheSupergroup()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.Migrated(-100555));

        Assert.True(await Sender(app).SendReplyAsync(-555, Answer, ReplyTarget.None, CancellationToken.None));
        Assert.Equal(-100555, Assert.Single(fake.SentMessages).ChatId);
    }

    [Fact]
    public async Task SendReplyAsync_BlockedByTheUser_DeactivatesTheChatsSubscription()
    {
        var store = new SubscriptionsOnlyStore();
        store.Add("5");
        store.Add("6");
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake, configureServices: s => s.AddSingleton<INoticeStore>(store));
        fake.BlockChat(5);

        Assert.False(await Sender(app).SendReplyAsync(5, Answer, ReplyTarget.None, CancellationToken.None));

        Assert.Equal([false, true], store.Subscriptions.Select(s => s.Active));
        Assert.Equal("Forbidden: bot was blocked by the user", store.Subscriptions[0].DeactivatedReason);
    }

    [Fact]
    public async Task SendReplyAsync_GroupUpgraded_MovesTheSubscription()
    {
        var store = new SubscriptionsOnlyStore();
        store.Add("-555", isGroup: true);
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake, configureServices: s => s.AddSingleton<INoticeStore>(store));
        fake.FailNext("sendMessage", FakeFailure.Migrated(-100555));

        Assert.True(await Sender(app).SendReplyAsync(-555, Answer, ReplyTarget.None, CancellationToken.None));

        Assert.Equal("-100555", Assert.Single(store.Subscriptions).ChatId);
    }

    [Fact]
    public async Task SendReplyAsync_InAGroupTopic_RepliesUnderTheQuestionInThatTopic()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);

        Assert.True(await Sender(app).SendReplyAsync(-100, Answer, new ReplyTarget(ReplyToMessageId: 41, MessageThreadId: 9), CancellationToken.None));

        var sent = Assert.Single(fake.SentMessages);
        Assert.Equal(41, sent.ReplyToMessageId);
        Assert.Equal(9, sent.MessageThreadId);
        Assert.Equal("true", fake.CallsTo("sendMessage")[0].Parameters["reply_parameters"]!["allow_sending_without_reply"]!.ToJsonString());
    }

    [Fact]
    public async Task SendReplyAsync_NothingVisible_SendsNothing()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);

        Assert.True(await Sender(app).SendReplyAsync(5, new Reply { Blocks = [ReplyBlock.Text(" ")] }, ReplyTarget.None, CancellationToken.None));
        Assert.Empty(fake.Calls);
    }

    private static TelegramReplySender Sender(WebApplication app) => app.Services.GetRequiredService<TelegramReplySender>();
}
