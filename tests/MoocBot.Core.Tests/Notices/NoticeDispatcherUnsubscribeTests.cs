using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Core.Tests.Notices;

/// <summary>/unsubscribe stops notices: the dispatcher asks the store before each group of sends, not only when it claims.</summary>
public sealed class NoticeDispatcherUnsubscribeTests
{
    private readonly FakeTimeProvider _time;
    private readonly InMemoryNoticeStore _store;
    private readonly FakeChatPlatform _telegram;
    private readonly DispatcherHarness _harness;

    public NoticeDispatcherUnsubscribeTests() => (_time, _store, _telegram, _harness) = TelegramDispatch.Create();

    [Fact]
    public async Task RunOnceAsync_ChatUnsubscribesAfterTheClaimBeforeTheSend_NothingMoreIsSentToIt()
    {
        await DispatcherHarness.SubscribeAsync(_store, _time.GetUtcNow(), ["1", "2"]);
        await DispatcherHarness.EnqueueAsync(_store, _time.GetUtcNow(), "national", "west", "platform");
        var dispatcher = _harness.CreateDispatcher();

        // The pass claims all six; one a second per chat lets only the first notice of each go now.
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal((2, 4), (_telegram.Accepted.Count, dispatcher.Queued));
        await _store.SetTopicsAsync("telegram", "2", false, [], _time.GetUtcNow(), CancellationToken.None);
        await _harness.RunUntilDoneAsync(dispatcher);

        Assert.Equal(3, _telegram.CountByChat["1"]);
        Assert.Equal(1, _telegram.CountByChat["2"]);
        Assert.Equal(new DeliveryCounts(0, 4, 0, 2), await _store.CountDeliveriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_ChatLeftOneTopicAfterTheClaim_GetsTheOtherTopicsOnly()
    {
        await DispatcherHarness.SubscribeAsync(_store, _time.GetUtcNow(), ["1"]);
        await DispatcherHarness.EnqueueAsync(_store, _time.GetUtcNow(), "national", "west", "platform");
        var dispatcher = _harness.CreateDispatcher();
        await dispatcher.RunOnceAsync(CancellationToken.None);

        // What /unsubscribe west does to a chat subscribed to all.
        await _store.SetTopicsAsync("telegram", "1", false, ["international", "national", "platform"], _time.GetUtcNow(), CancellationToken.None);
        await _harness.RunUntilDoneAsync(dispatcher);

        Assert.Equal(2, _telegram.Calls);
        Assert.Equal(new DeliveryCounts(0, 2, 0, 1), await _store.CountDeliveriesAsync(CancellationToken.None));
        Assert.DoesNotContain(_store.Deliveries, d => d.Status == DeliveryStatus.Sent && d.NoticeId == 2);
    }

    [Fact]
    public async Task RunOnceAsync_DeliveryAPublishWroteAfterTheUnsubscribe_IsDroppedNotSent()
    {
        await _store.SetTopicsAsync("telegram", "1", false, ["national"], _time.GetUtcNow(), CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(_store, _time.GetUtcNow(), "national", "west");
        _store.AddRacingDelivery("west", "1");

        await _harness.RunUntilDoneAsync(_harness.CreateDispatcher());

        Assert.Equal(1, _telegram.Calls);
        var dropped = Assert.Single(_store.Deliveries, d => d.Status == DeliveryStatus.Dropped);
        Assert.Equal((2L, "unsubscribed", null), (dropped.NoticeId, dropped.LastError, dropped.LeaseOwner));
    }
}
