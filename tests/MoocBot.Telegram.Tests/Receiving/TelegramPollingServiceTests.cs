using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Diagnostics;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests.Receiving;

public sealed class TelegramPollingServiceTests
{
    private static readonly TelegramDelays Delays = TelegramTestHost.FastDelays with { LongPollSeconds = 0 };

    [Fact]
    public async Task PollOnceAsync_Conflict_BacksOffAndSaysAnotherInstanceIsPolling()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = Build(fake);
        fake.FailNext("getUpdates", FakeFailure.Conflict());

        var wait = await Polling(app).PollOnceAsync(CancellationToken.None);

        Assert.Equal(Delays.ConflictBackoff, wait);
        var warning = Assert.Single(Logs(app).Records, e => e.Id.Id == 2);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("another instance of this bot is polling", warning.Message, StringComparison.Ordinal);
        Assert.Contains("terminated by other getUpdates request", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollOnceAsync_WebhookStillSet_IsAConflictToo()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = Build(fake);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri($"{fake.BaseUrl}/bot{fake.Token}/setWebhook?url=https://elsewhere.example.org/hook"));

        var wait = await Polling(app).PollOnceAsync(CancellationToken.None);

        Assert.Equal(Delays.ConflictBackoff, wait);
        Assert.Contains("webhook is active", Assert.Single(Logs(app).Records, e => e.Id.Id == 2).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollOnceAsync_ServerAndNetworkErrors_BackOffLongerEachTimeThenRecover()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = Build(fake);
        var polling = Polling(app);
        fake.FailNext("getUpdates", FakeFailure.ServerError(502));
        fake.FailNext("getUpdates", FakeFailure.ConnectionReset());
        fake.FailNext("getUpdates", FakeFailure.BadGatewayPage());

        var waits = new[]
        {
            await polling.PollOnceAsync(CancellationToken.None),
            await polling.PollOnceAsync(CancellationToken.None),
            await polling.PollOnceAsync(CancellationToken.None),
            await polling.PollOnceAsync(CancellationToken.None),
        };

        Assert.Equal([Delays.Backoff(1), Delays.Backoff(2), Delays.Backoff(3), TimeSpan.Zero], waits);
        Assert.True(waits[0] < waits[1] && waits[1] < waits[2]);
        var failures = Logs(app).Records.Where(e => e.Id.Id == 4).ToList();
        Assert.Equal(3, failures.Count);
        Assert.All(failures, e => Assert.Null(e.Exception));
        Assert.Contains("(502 Bad Gateway), 1 in a row", failures[0].Message, StringComparison.Ordinal);
        Assert.Contains(Logs(app).Records, e => e.Id.Id == 5 && e.Message.Contains("after 3 failed attempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollOnceAsync_RateLimited_WaitsRetryAfter()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = Build(fake);
        fake.FailNext("getUpdates", FakeFailure.TooManyRequests(retryAfter: 7));

        Assert.Equal(TimeSpan.FromSeconds(7), await Polling(app).PollOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PollOnceAsync_TokenRejected_LogsWhichSettingToFix()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = Build(fake, "555:AAAnotherTokenTelegramDoesNotKnow_xyz123");

        var wait = await Polling(app).PollOnceAsync(CancellationToken.None);

        Assert.Equal(Delays.MaxBackoff, wait);
        Assert.Contains("Telegram:BotToken", Assert.Single(Logs(app).Records, e => e.Id.Id == 6).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollOnceAsync_Updates_AreConfirmedByTheNextOffset()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = Build(fake);
        var polling = Polling(app);
        fake.EnqueueUpdate(fake.Updates.PrivateText(1, "how many moocs?"));
        fake.EnqueueUpdate(fake.Updates.PrivateText(2, "how many moocs?"));

        Assert.Equal(TimeSpan.Zero, await polling.PollOnceAsync(CancellationToken.None));
        Assert.Equal(2, fake.PendingUpdateCount);
        Assert.Equal(TimeSpan.Zero, await polling.PollOnceAsync(CancellationToken.None));

        Assert.Equal(0, fake.PendingUpdateCount);
        Assert.Equal("3", fake.CallsTo("getUpdates")[1].Get("offset"));
        Assert.Equal(2, (await fake.WaitForSentMessagesAsync(2)).Count);
    }

    [Fact]
    public async Task PollOnceAsync_GetUpdatesNeverAnswers_GivesUpAtTheDeadlineAndTheNextPollBringsTheUpdate()
    {
        var time = new FakeTimeProvider();
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake, configureServices: services => services.AddSingleton(Delays).AddSingleton<TimeProvider>(time));
        var polling = Polling(app);
        fake.FailNext("getUpdates", FakeFailure.Hang());
        fake.EnqueueUpdate(fake.Updates.PrivateText(1, "how many moocs?"));

        var hung = polling.PollOnceAsync(CancellationToken.None);
        await fake.WaitForCallsAsync("getUpdates");
        time.Advance(TimeSpan.FromSeconds(Delays.LongPollSeconds) + app.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.PollTimeoutMargin);

        Assert.Equal(Delays.Backoff(1), await hung.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("no answer within", app.Services.GetRequiredService<BotHealth>().Snapshot().Single(c => c.Name == "telegram.poll").LastError, StringComparison.Ordinal);
        Assert.Null(Assert.Single(Logs(app).Records, e => e.Id.Id == 4).Exception);
        Assert.Equal(TimeSpan.Zero, await polling.PollOnceAsync(CancellationToken.None));
        Assert.Contains("97,000", Assert.Single(await fake.WaitForSentMessagesAsync(1)).VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollOnceAsync_UnreadableUpdatesInABatch_AreSkippedOnceAndTheOthersAnswered()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = Build(fake);
        var polling = Polling(app);
        var wronglyTyped = fake.Updates.PrivateText(3, "how many moocs?");
        wronglyTyped["message"]!["date"] = "yesterday";
        fake.EnqueueUpdate(fake.Updates.PrivateText(1, "how many moocs?"));
        var loneSurrogate = fake.EnqueueRawUpdate(fake.Updates.PrivateText(2, "LONE"), "\"LONE\"", "\"\\ud800 moocs\"");
        fake.EnqueueUpdate(fake.Updates.PrivateText(4, "how many registered users?"));
        var last = fake.EnqueueUpdate(wronglyTyped);

        Assert.Equal(TimeSpan.Zero, await polling.PollOnceAsync(CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, await polling.PollOnceAsync(CancellationToken.None));

        Assert.Equal((last + 1).ToString(CultureInfo.InvariantCulture), fake.CallsTo("getUpdates")[1].Get("offset"));
        Assert.Equal(0, fake.PendingUpdateCount);
        var sent = await fake.WaitForSentMessagesAsync(2);
        Assert.Equal([1L, 4L], sent.Select(m => m.ChatId).Order());
        var skipped = Logs(app).Records.Where(e => e.Id.Id == 28).ToList();
        Assert.Equal(2, skipped.Count);
        Assert.Contains($"update {loneSurrogate}:", skipped[0].Message, StringComparison.Ordinal);
        Assert.Contains($"update {last}:", skipped[1].Message, StringComparison.Ordinal);
        Assert.All(skipped, e => Assert.Equal((LogLevel.Warning, null), (e.Level, e.Exception)));
        Assert.All(skipped, e => Assert.DoesNotContain("moocs", e.Message, StringComparison.Ordinal));
        Assert.Null(app.Services.GetRequiredService<BotHealth>().Snapshot().Single(c => c.Name == "telegram.poll").LastError);
    }

    private static WebApplication Build(FakeBotApiServer fake, string? token = null) =>
        TelegramTestHost.Build(
            fake,
            settings: token is null ? null : new Dictionary<string, string?> { ["Telegram:BotToken"] = token },
            configureServices: services => services.AddSingleton(Delays));

    private static TelegramPollingService Polling(WebApplication app) =>
        app.Services.GetServices<IHostedService>().OfType<TelegramPollingService>().Single();

    private static FakeLogs Logs(WebApplication app) => app.Services.GetRequiredService<FakeLogs>();
}
