using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Core.Tests.Notices;

/// <summary>/unsubscribe stops notices: the dispatcher asks the store before each group of sends, not only when it claims.</summary>
public sealed class NoticeDispatcherUnsubscribeTests
{
    private readonly TelegramDispatch _dispatch = new();

    [Fact]
    public async Task RunOnceAsync_ChatUnsubscribesAfterTheClaimBeforeTheSend_NothingMoreIsSentToIt()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["1", "2"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national", "west", "platform");
        var dispatcher = _dispatch.Harness.CreateDispatcher();

        // The pass claims all six; one a second per chat lets only the first notice of each go now.
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal((2, 4), (_dispatch.Telegram.Accepted.Count, dispatcher.Queued));
        await _dispatch.Store.SetTopicsAsync("telegram", "2", false, [], _dispatch.Time.GetUtcNow(), CancellationToken.None);
        await _dispatch.Harness.RunUntilDoneAsync(dispatcher);

        Assert.Equal(3, _dispatch.Telegram.CountByChat["1"]);
        Assert.Equal(1, _dispatch.Telegram.CountByChat["2"]);
        Assert.Equal(new DeliveryCounts(0, 4, 0, 2), await _dispatch.Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_ChatLeftOneTopicAfterTheClaim_GetsTheOtherTopicsOnly()
    {
        await DispatcherHarness.SubscribeAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), ["1"]);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national", "west", "platform");
        var dispatcher = _dispatch.Harness.CreateDispatcher();
        await dispatcher.RunOnceAsync(CancellationToken.None);

        // What /unsubscribe west does to a chat subscribed to all.
        await _dispatch.Store.SetTopicsAsync("telegram", "1", false, ["international", "national", "platform"], _dispatch.Time.GetUtcNow(), CancellationToken.None);
        await _dispatch.Harness.RunUntilDoneAsync(dispatcher);

        Assert.Equal(2, _dispatch.Telegram.Calls);
        Assert.Equal(new DeliveryCounts(0, 2, 0, 1), await _dispatch.Store.CountDeliveriesAsync(CancellationToken.None));
        Assert.DoesNotContain(_dispatch.Store.Deliveries, d => d.Status == DeliveryStatus.Sent && d.NoticeId == 2);
    }

    [Fact]
    public async Task RunOnceAsync_DeliveryAPublishWroteAfterTheUnsubscribe_IsDroppedNotSent()
    {
        await _dispatch.Store.SetTopicsAsync("telegram", "1", false, ["national"], _dispatch.Time.GetUtcNow(), CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(_dispatch.Store, _dispatch.Time.GetUtcNow(), "national", "west");
        _dispatch.Store.AddRacingDelivery("west", "1");

        await _dispatch.Harness.RunUntilDoneAsync(_dispatch.Harness.CreateDispatcher());

        Assert.Equal(1, _dispatch.Telegram.Calls);
        var dropped = Assert.Single(_dispatch.Store.Deliveries, d => d.Status == DeliveryStatus.Dropped);
        Assert.Equal((2L, "unsubscribed", null), (dropped.NoticeId, dropped.LastError, dropped.LeaseOwner));
    }
}
