using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Storage.Tests;

/// <summary>A host killed (kill -9) in the middle of a burst of notices, and started again.</summary>
public abstract partial class NoticeStoreContract
{
    [StoreFact]
    public async Task Dispatcher_KilledMidBurstAndRestartedAsTheSameHost_RepeatsOnlySendsInFlightAndResumesAtOnce()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, Enumerable.Range(1, 200).Select(i => i.ToString()));
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");
        var telegram = new FakeChatPlatform(Time);
        var process = new ProcessKill();
        // Each pass sends a group of 25 (Telegram's 25 a second); the platform answers a group all at once.
        var groupSize = new NoticesOptions().MaxConcurrentSends;
        var first = new DispatcherHarness(process.Store(OpenStore()), Time, process.Sender(telegram, groupSize));
        first.Options.HostId = "bot-1";
        telegram.OnAccepted = count =>
        {
            if (count == 110)
            {
                process.Kill();
            }
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.RunUntilDoneAsync(first.CreateDispatcher()));
        await process.ReapAsync();
        var acceptedBeforeKill = telegram.Accepted.Count;
        var recordedBeforeKill = (await Store.CountDeliveriesAsync(CancellationToken.None)).Sent;
        telegram.OnAccepted = null;

        // The process manager starts the host again a second later, under the same name.
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = new DispatcherHarness(OpenStore(), Time, telegram);
        second.Options.HostId = "bot-1";
        var elapsed = await second.RunUntilDoneAsync(second.CreateDispatcher());

        // Only what the platform took and the dead host had not recorded yet goes out twice: at most one group of sends.
        var duplicates = telegram.Accepted.Count - 200;
        Assert.Equal(200, telegram.CountByChat.Count);
        Assert.Equal(acceptedBeforeKill - recordedBeforeKill, duplicates);
        Assert.InRange(duplicates, 1, groupSize);
        Assert.Equal(0, telegram.TooManyRequests);
        Assert.Equal(new DeliveryCounts(0, 200, 0, 0), await Store.CountDeliveriesAsync(CancellationToken.None));

        // The rest (about 100 at 25 a second) goes at once, not after the dead host's two-minute lease.
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"the backlog took {elapsed}");
    }

    [StoreFact]
    public async Task Dispatcher_SameHostIdStartedWhileTheFirstIsSending_LeavesItsDeliveriesAlone()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, Enumerable.Range(1, 200).Select(i => i.ToString()));
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");
        // A platform without limits of its own, so a second send to a chat would show rather than be refused with a 429.
        var telegram = new FakeChatPlatform(Time) { MessagesPerSecond = int.MaxValue, ChatInterval = TimeSpan.Zero };
        var slow = new HeldChatSender(telegram, "1");

        // Misconfigured: both hosts were given the same id. The first is alive, its send to chat 1 under way.
        var first = new DispatcherHarness(OpenStore(), Time, slow);
        first.Options.HostId = "bot-1";
        var firstDispatcher = first.CreateDispatcher();
        var sending = firstDispatcher.RunOnceAsync(CancellationToken.None);
        await slow.Started.WaitAsync(TimeSpan.FromSeconds(30));
        var second = new DispatcherHarness(OpenStore(), Time, telegram);
        second.Options.HostId = "bot-1";
        var secondDispatcher = second.CreateDispatcher();
        // A few passes, well within the first host's send timeout: its send is still under way.
        for (var pass = 0; pass < 3; pass++)
        {
            Time.Advance(await secondDispatcher.RunOnceAsync(CancellationToken.None));
        }

        slow.Release();
        await sending.WaitAsync(TimeSpan.FromSeconds(30));
        for (var pass = 0; (await Store.CountDeliveriesAsync(CancellationToken.None)).Pending > 0; pass++)
        {
            Assert.True(pass < 1_000, "the outbox did not empty");
            var waits = new[] { await firstDispatcher.RunOnceAsync(CancellationToken.None), await secondDispatcher.RunOnceAsync(CancellationToken.None) };
            Time.Advance(waits.Min());
        }

        Assert.Equal(200, telegram.CountByChat.Count);
        Assert.All(telegram.CountByChat.Values, count => Assert.Equal(1, count));
    }

    [StoreFact]
    public async Task TryHoldHostAsync_HeldByAnotherProcess_IsRefusedUntilReleased()
    {
        var hold = await Store.TryHoldHostAsync("bot-1", CancellationToken.None);

        Assert.NotNull(hold);
        Assert.Null(await OpenStore().TryHoldHostAsync("bot-1", CancellationToken.None));
        await using (var other = await OpenStore().TryHoldHostAsync("bot-2", CancellationToken.None))
        {
            Assert.NotNull(other);
        }

        await hold.DisposeAsync();
        await using var again = await OpenStore().TryHoldHostAsync("bot-1", CancellationToken.None);
        Assert.NotNull(again);
    }

    [StoreFact]
    public async Task ReclaimHostAsync_EarlierRunOfThisHost_FreesItsDeliveriesAtOnceAndCountsTheSendsCutOff()
    {
        await SubscribeAndEnqueueAsync(6);
        var lease = TimeSpan.FromMinutes(2);
        var earlierRun = await Store.ClaimAsync("bot-1|run-1", Telegram, 3, Now, lease, CancellationToken.None);
        var otherHost = await Store.ClaimAsync("bot-10|run-1", Telegram, 2, Now, lease, CancellationToken.None);
        await Store.KeepSendableAsync([earlierRun[0].Id], "bot-1|run-1", Now, CancellationToken.None);
        await Store.KeepSendableAsync([otherHost[0].Id], "bot-10|run-1", Now, CancellationToken.None);

        var reclaimed = await Store.ReclaimHostAsync("bot-1", "bot-1|run-2", CancellationToken.None);

        Assert.Equal(new ReclaimedDeliveries(3, 1), reclaimed);
        var taken = await Store.ClaimAsync("bot-1|run-2", Telegram, 10, Now, lease, CancellationToken.None);
        Assert.Equal(4, taken.Count);
        Assert.All(earlierRun, d => Assert.Contains(taken, t => t.Id == d.Id));
        Assert.DoesNotContain(taken, t => otherHost.Any(o => o.Id == t.Id));
        Assert.Equal(new ReclaimedDeliveries(0, 0), await Store.ReclaimHostAsync("bot-1", "bot-1|run-2", CancellationToken.None));
        Assert.False(await Store.MarkSentAsync(earlierRun[0].Id, "bot-1|run-1", Now, CancellationToken.None));
        Assert.True(await Store.MarkSentAsync(otherHost[0].Id, "bot-10|run-1", Now, CancellationToken.None));
    }
}
