using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Storage.Tests;

/// <summary>Just before sending, a dispatcher asks which of its claimed deliveries are still to go, so an unsubscribe stops every send not yet started.</summary>
public abstract partial class NoticeStoreContract
{
    [StoreFact]
    public async Task KeepSendableAsync_ChatUnsubscribedAfterTheClaim_LeavesOutItsDeliveries()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, ["1", "2"]);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west");
        var claimed = await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);

        await Store.SetTopicsAsync("telegram", "2", false, [], Now, CancellationToken.None);
        var sendable = await Store.KeepSendableAsync([.. claimed.Select(c => c.Id)], Owner, Now, CancellationToken.None);

        Assert.Equal(claimed.Where(c => c.ChatId == "1").Select(c => c.Id).Order(), sendable.Order());
        Assert.Equal(new DeliveryCounts(2, 0, 0, 2), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task KeepSendableAsync_DeliveryWrittenByAPublishRacingTheUnsubscribe_IsDroppedAndNotSent()
    {
        await Store.SetTopicsAsync("telegram", "1", false, ["national"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "2", false, ["west"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west");

        // What a publish leaves when it read chat 1's topics (then national and west) just before chat 1 left west and
        // committed after it (PostgreSQL, read committed): a pending delivery the unsubscribe never saw.
        await ExecuteSqlAsync("""
            INSERT INTO deliveries (notice_id, subscription_id, platform, next_attempt_at)
            SELECT n.id, s.id, s.platform, (SELECT MIN(next_attempt_at) FROM deliveries)
            FROM notices n, subscriptions s WHERE n.topic = 'west' AND s.chat_id = '1'
            """);
        var claimed = await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        var sendable = await Store.KeepSendableAsync([.. claimed.Select(c => c.Id)], Owner, Now, CancellationToken.None);

        Assert.Equal(3, claimed.Count);
        Assert.Equal(
            claimed.Where(c => !(c.ChatId == "1" && c.Reply.ToPlainText().Contains("west", StringComparison.Ordinal))).Select(c => c.Id).Order(),
            sendable.Order());
        Assert.Equal(new DeliveryCounts(2, 0, 0, 1), await Store.CountDeliveriesAsync(CancellationToken.None));
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, (await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None)).Count);
    }

    [StoreFact]
    public async Task KeepSendableAsync_AnotherHostsOrAnExpiredLease_NothingToSendAndNothingDropped()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, ["1"]);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");
        var claimed = await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        var ids = claimed.Select(c => c.Id).ToList();

        Assert.Empty(await Store.KeepSendableAsync(ids, OtherOwner, Now, CancellationToken.None));
        Assert.Equal(ids, (await Store.KeepSendableAsync(ids, Owner, Now, CancellationToken.None)).Order());
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await Store.KeepSendableAsync(ids, Owner, Now, CancellationToken.None));
        Assert.Equal(new DeliveryCounts(1, 0, 0, 0), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Dispatcher_ChatUnsubscribesAfterTheClaimBeforeTheSend_GetsNothingMore()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, ["1", "2"]);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west");
        var telegram = new FakeChatPlatform(Time);
        var harness = new DispatcherHarness(Store, Time, telegram);
        var dispatcher = harness.CreateDispatcher();

        // One pass claims all four; one a second per chat lets only the first notice of each go now.
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal((2, 2), (telegram.Accepted.Count, dispatcher.Queued));
        await Store.SetTopicsAsync("telegram", "2", false, [], Now, CancellationToken.None);
        await harness.RunUntilDoneAsync(dispatcher);

        Assert.Equal(2, telegram.CountByChat["1"]);
        Assert.Equal(1, telegram.CountByChat["2"]);
        Assert.Equal(new DeliveryCounts(0, 3, 0, 1), await Store.CountDeliveriesAsync(CancellationToken.None));
    }
}
