using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests.Sending;

/// <summary>Notices: one attempt, and an outcome that tells the dispatcher what to do next.</summary>
public sealed class TelegramChatSenderTests
{
    private static readonly Reply Notice = new()
    {
        Blocks = [ReplyBlock.Text("Registered users of China's MOOCs: 402 million → 450 million.")],
        Buttons = [new ReplyButton("Source", "/source national.registered-users")],
    };

    [Fact]
    public async Task SendAsync_Accepted_Sent()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);

        var result = await Sender(app).SendAsync("-1001", Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var sent = Assert.Single(fake.SentMessages);
        Assert.Equal(-1001, sent.ChatId);
        Assert.Contains("402 million → 450 million", sent.VisibleText, StringComparison.Ordinal);
        Assert.Equal("/source national.registered-users", sent.Buttons.Single().Single().CallbackData);
    }

    [Fact]
    public async Task SendAsync_RateLimited_ReportsRetryAfterWithoutWaiting()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 17));

        var result = await Sender(app).SendAsync("5", Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.RateLimited, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(17), result.RetryAfter);
        Assert.Single(fake.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_Blocked_ChatGoneAndLaterNoticesSkipTheChat()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.KickedFromGroup());

        var first = await Sender(app).SendAsync("-1002", Notice, CancellationToken.None);
        var second = await Sender(app).SendAsync("-1002", Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.ChatGone, first.Outcome);
        Assert.Equal(SendOutcome.ChatGone, second.Outcome);
        Assert.Single(fake.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendAsync_ChatNotFound_ChatGone()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.BadRequest("chat not found"));

        Assert.Equal(SendOutcome.ChatGone, (await Sender(app).SendAsync("-1003", Notice, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task SendAsync_GroupBecameSupergroup_ChatMigratedWithTheNewId()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.Migrated(-1009876543210));

        var result = await Sender(app).SendAsync("-4004", Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.ChatMigrated, result.Outcome);
        Assert.Equal("-1009876543210", result.NewChatId);
    }

    [Fact]
    public async Task SendAsync_ServerTrouble_TransientFailureWithoutRetrying()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.ServerError(500));
        fake.FailNext("sendMessage", FakeFailure.BadGatewayPage());

        var outcomes = new List<SendOutcome>();
        for (var i = 0; i < 2; i++)
        {
            outcomes.Add((await Sender(app).SendAsync("6", Notice, CancellationToken.None)).Outcome);
        }

        Assert.All(outcomes, o => Assert.Equal(SendOutcome.TransientFailure, o));
        Assert.Equal(2, fake.CallsTo("sendMessage").Count);
        Assert.Empty(fake.SentMessages);
    }

    [Fact]
    public async Task SendAsync_ConnectionLostAfterTheRequestWentOut_FailsForGoodSoTheDispatcherNeverResendsIt()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.ConnectionReset());

        var result = await Sender(app).SendAsync("6", Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("may have delivered it", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_TelegramNeverAnswers_FailsForGoodAtTheTimeout()
    {
        var time = new FakeTimeProvider();
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake, configureServices: services => services.AddSingleton<TimeProvider>(time));
        fake.FailNext("sendMessage", FakeFailure.Hang());

        var sending = Sender(app).SendAsync("6", Notice, CancellationToken.None);
        await fake.WaitForCallsAsync("sendMessage");
        time.Advance(app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.SendTimeout);
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("no answer within", result.Error, StringComparison.Ordinal);
        Assert.Single(fake.SentMessages);
    }

    [Theory]
    [InlineData("@somechannel")]
    [InlineData("not-a-chat")]
    public async Task SendAsync_NotAChatId_PermanentFailure(string chatId)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);

        Assert.Equal(SendOutcome.PermanentFailure, (await Sender(app).SendAsync(chatId, Notice, CancellationToken.None)).Outcome);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task SendAsync_OtherRefusal_PermanentFailureWithTelegramsReason()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendMessage", FakeFailure.BadRequest("not enough rights to send text messages to the chat"));

        var result = await Sender(app).SendAsync("-77", Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("not enough rights", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_LongNotice_SplitWithButtonsOnTheLastPart()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        var longNotice = Notice with { Blocks = [.. Enumerable.Range(0, 80).Select(i => ReplyBlock.Text($"Change {i}: " + new string('z', 90)))] };

        Assert.Equal(SendOutcome.Sent, (await Sender(app).SendAsync("8", longNotice, CancellationToken.None)).Outcome);

        var sent = fake.SentMessages;
        Assert.Equal(3, sent.Count);
        Assert.All(sent.SkipLast(1), m => Assert.Empty(m.Buttons));
        Assert.Single(sent[^1].Buttons);
        Assert.EndsWith("Change 79: " + new string('z', 90), sent[^1].VisibleText, StringComparison.Ordinal);
        Assert.StartsWith("Change 0:", sent[0].VisibleText, StringComparison.Ordinal);
    }

    private static IChatSender Sender(WebApplication app) =>
        app.Services.GetServices<IChatSender>().Single(s => s.Platform == "telegram");
}
