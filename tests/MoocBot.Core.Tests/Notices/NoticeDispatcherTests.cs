using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Core.Tests.Notices;

public sealed class NoticeDispatcherTests
{
    private readonly TelegramDispatch _dispatch = new();

    [Fact]
    public async Task RunOnceAsync_TenThousandChats_EachGetsTheNoticeOnceWithinTelegramLimits()
    {
        var chats = Enumerable.Range(1, 10_000).Select(i => i.ToString()).ToList();
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), chats, "national");
        var publisher = new FactPublisher(_dispatch.Store, _dispatch.Time, NullLogger<FactPublisher>.Instance);
        await publisher.PublishAsync(NoticeTestData.Current, "test", CancellationToken.None);
        var summary = await publisher.PublishAsync(NoticeTestData.NextYear, "test", CancellationToken.None);

        var elapsed = await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        Assert.Equal(10_000, summary.Deliveries);
        Assert.Equal(0, _dispatch.Telegram.TooManyRequests);
        Assert.Equal(10_000, _dispatch.Telegram.CountByChat.Count);
        Assert.All(_dispatch.Telegram.CountByChat.Values, count => Assert.Equal(1, count));
        var accepted = _dispatch.Telegram.Accepted;
        // 25 a second: the 10,000 sends fill 400 one-second windows, the last starting 399 s after the first.
        Assert.True(accepted[^1].At - accepted[0].At >= TimeSpan.FromSeconds(10_000 / 25 - 1), $"took {accepted[^1].At - accepted[0].At}");
        Assert.True(elapsed <= TimeSpan.FromSeconds(10_000 / 25 / 0.95), $"took {elapsed}, under 95% of the limit");
        Assert.Equal(new DeliveryCounts(0, 10_000, 0, 0), await _dispatch.Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunOnceAsync_CancelledHalfWayAndRestarted_DeliversTheRestAndNothingTwice(bool graceful)
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), Enumerable.Range(1, 2_000).Select(i => i.ToString()));
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national");
        using var stop = new CancellationTokenSource();
        _dispatch.Telegram.OnAccepted = count =>
        {
            if (count == 1_000)
            {
                stop.Cancel();
            }
        };
        var first = _dispatch.Harness.CreateDispatcher();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _dispatch.Harness.RunUntilDoneAsync(first, stop.Token));
        if (graceful)
        {
            await first.ReleaseClaimsAsync(CancellationToken.None);
        }

        // The process ends: the store lets go of its host id (the operating system or the server does, however it ends).
        await first.DisposeAsync();
        var sentBeforeRestart = (await _dispatch.Store.CountDeliveriesAsync(CancellationToken.None)).Sent;

        // A restarted process starts with empty limiters; it cannot be back within the same second.
        _dispatch.Time.Advance(TimeSpan.FromSeconds(1));
        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        Assert.InRange(sentBeforeRestart, 1_000, 1_000 + _dispatch.Harness.Options.MaxConcurrentSends);
        Assert.Equal(2_000, _dispatch.Telegram.Accepted.Count);
        Assert.Equal(2_000, _dispatch.Telegram.CountByChat.Count);
        Assert.All(_dispatch.Telegram.CountByChat.Values, count => Assert.Equal(1, count));
        Assert.Equal(0, _dispatch.Telegram.TooManyRequests);
    }

    [Fact]
    public async Task RunOnceAsync_ChatSubscribedToAll_GetsOneNoticePerTopicASecondApart()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["42"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national", "platform", "west");

        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        var times = _dispatch.Telegram.Accepted.Select(a => a.At).ToList();
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1)));
        Assert.Equal(0, _dispatch.Telegram.TooManyRequests);
    }

    [Fact]
    public async Task RunOnceAsync_GroupWithManyNotices_KeepsToTwentyAMinute()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["-100"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), [.. Enumerable.Repeat("national", 25)]);

        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        var times = _dispatch.Telegram.Accepted.Select(a => a.At).ToList();
        Assert.Equal(25, times.Count);
        Assert.True(times[20] - times[0] >= TimeSpan.FromMinutes(1));
        Assert.Equal(0, _dispatch.Telegram.TooManyRequests);
    }

    [Fact]
    public async Task RunOnceAsync_Platform429_PausesForRetryAfterThenSendsOnce()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["1", "2"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national");
        var start = _dispatch.Time.GetUtcNow();
        var limited = false;
        _dispatch.Telegram.Script("1", () =>
        {
            if (limited)
            {
                return null;
            }

            limited = true;
            return new SendResult(SendOutcome.RateLimited, TimeSpan.FromSeconds(30));
        });

        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        var toChat1 = Assert.Single(_dispatch.Telegram.Accepted, a => a.ChatId == "1");
        Assert.True(toChat1.At - start >= TimeSpan.FromSeconds(30));
        Assert.Equal(new DeliveryCounts(0, 2, 0, 0), await _dispatch.Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_BlockedChat_IsDeactivatedAndItsNoticesDropped()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["blocked", "fine"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national", "west");
        _dispatch.Telegram.Block("blocked");

        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        Assert.Equal(new DeliveryCounts(0, 2, 0, 2), await _dispatch.Store.CountDeliveriesAsync(CancellationToken.None));
        var blocked = await _dispatch.Store.FindSubscriptionAsync("telegram", "blocked", CancellationToken.None);
        Assert.False(blocked!.Active);
        Assert.Contains("blocked", blocked.DeactivatedReason, StringComparison.Ordinal);
        Assert.Equal(1, _dispatch.Telegram.Calls - _dispatch.Telegram.Accepted.Count);
    }

    [Fact]
    public async Task RunOnceAsync_ChatMigrated_SendsToTheNewChatIdAndRewritesTheSubscription()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["-1"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national", "west");
        _dispatch.Telegram.Script("-1", () => new SendResult(SendOutcome.ChatMigrated, NewChatId: "-1001"));

        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        Assert.Equal(["-1001", "-1001"], _dispatch.Telegram.Accepted.Select(a => a.ChatId));
        Assert.NotNull(await _dispatch.Store.FindSubscriptionAsync("telegram", "-1001", CancellationToken.None));
        Assert.Null(await _dispatch.Store.FindSubscriptionAsync("telegram", "-1", CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_TransientFailures_RetriesWithBackoffThenSendsOnce()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["1"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national");
        var start = _dispatch.Time.GetUtcNow();
        var failures = 2;
        _dispatch.Telegram.Script("1", () => failures-- > 0 ? new SendResult(SendOutcome.TransientFailure, Error: "502 Bad Gateway") : null);

        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        var sent = Assert.Single(_dispatch.Telegram.Accepted);
        Assert.True(sent.At - start >= TimeSpan.FromSeconds(10 + 20), $"sent after {sent.At - start}");
        var row = Assert.Single(_dispatch.Store.Deliveries);
        Assert.Equal((DeliveryStatus.Sent, 2), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task RunOnceAsync_TransientFailureEveryTime_RecordedFailedAfterMaxAttempts()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["1"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national");
        _dispatch.Telegram.Script("1", () => new SendResult(SendOutcome.TransientFailure, Error: "503"));

        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        var row = Assert.Single(_dispatch.Store.Deliveries);
        Assert.Equal((DeliveryStatus.Failed, 5, "503"), (row.Status, row.Attempts, row.LastError));
        Assert.Equal(5, _dispatch.Telegram.Calls);
    }

    [Fact]
    public async Task RunOnceAsync_SenderThrows_IsNotMarkedSent()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["1"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national");
        _dispatch.Telegram.Script("1", () => throw new HttpRequestException("connection reset"));

        await _dispatch.Harness.CreateDispatcher().RunOnceAsync(CancellationToken.None);

        var row = Assert.Single(_dispatch.Store.Deliveries);
        Assert.Equal((DeliveryStatus.Pending, 1, "HttpRequestException"), (row.Status, row.Attempts, row.LastError));
    }

    [Fact]
    public async Task RunOnceAsync_StoreFailsToRecordSends_RecordsThemOnTheNextPassWithoutSendingAgain()
    {
        var store = new UnreliableNoticeStore(_dispatch.Store);
        await DispatcherHarness.SubscribeAsync(store, _dispatch.Time.GetUtcNow(), ["1", "2"]);
        await DispatcherHarness.EnqueueAsync(store, _dispatch.Time.GetUtcNow(), "national");
        var dispatcher = new DispatcherHarness(store, _dispatch.Time, _dispatch.Telegram).CreateDispatcher();

        // Both records as the sends are accepted fail, and so does the first retry at the end of the pass.
        store.FailNextMarkSent = 3;

        await Assert.ThrowsAsync<TimeoutException>(() => dispatcher.RunOnceAsync(CancellationToken.None));
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, _dispatch.Telegram.Calls);
        Assert.Equal(new DeliveryCounts(0, 2, 0, 0), await _dispatch.Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_PlatformWithoutSender_LeavesItsDeliveriesForAnotherHost()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["1"], platform: "discord");
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national");

        await _dispatch.Harness.CreateDispatcher().RunOnceAsync(CancellationToken.None);

        var row = Assert.Single(_dispatch.Store.Deliveries);
        Assert.Equal((DeliveryStatus.Pending, null), (row.Status, row.LeaseOwner));
        Assert.Equal(0, _dispatch.Telegram.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_HostStartedWithPendingNotice_SendsItAndReleasesClaimsOnStop()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["1", "2"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national", "west");
        var firstSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _dispatch.Telegram.OnAccepted = _ => firstSent.TrySetResult();
        using var dispatcher = _dispatch.Harness.CreateDispatcher();

        await dispatcher.StartAsync(CancellationToken.None);
        await firstSent.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Equal(2, _dispatch.Telegram.Accepted.Count);
        Assert.All(_dispatch.Store.Deliveries.Where(d => d.Status == DeliveryStatus.Pending), d => Assert.Null(d.LeaseOwner));
    }
}
