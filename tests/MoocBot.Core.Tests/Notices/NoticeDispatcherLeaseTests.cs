using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Core.Tests.Notices;

/// <summary>A send is recorded while its lease still holds, so no other host can claim the delivery and send it again.</summary>
public sealed class NoticeDispatcherLeaseTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly InMemoryNoticeStore _store = new();
    private readonly FakeChatPlatform _telegram;

    public NoticeDispatcherLeaseTests()
    {
        _telegram = new FakeChatPlatform(_time);
    }

    [Fact]
    public async Task RunOnceAsync_OneSendOfTheBatchIsSlow_RecordsTheOthersWithoutWaitingForIt()
    {
        var store = new UnreliableNoticeStore(_store);
        var recorded = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.OnMarkedSent = id => recorded.TrySetResult(id);
        await DispatcherHarness.SubscribeAsync(store, _time.GetUtcNow(), ["fast", "slow"]);
        await DispatcherHarness.EnqueueAsync(store, _time.GetUtcNow(), "national");
        var platform = new HeldChatSender(_telegram, "slow");
        var pass = new DispatcherHarness(store, _time, platform).CreateDispatcher().RunOnceAsync(CancellationToken.None);

        await platform.Started.WaitAsync(TimeSpan.FromSeconds(30));
        var first = await recorded.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(pass.IsCompleted);
        var row = Assert.Single(_store.Deliveries, d => d.Id == first);
        Assert.Equal((DeliveryStatus.Sent, null), (row.Status, row.LeaseOwner));
        Assert.Equal(["fast"], _telegram.CountByChat.Keys);
        platform.Release();
        await pass.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(new DeliveryCounts(0, 2, 0, 0), await _store.CountDeliveriesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_LessThanTwoSendTimeoutsOfLeaseLeft_ReleasesInsteadOfSending()
    {
        var harness = new DispatcherHarness(_store, _time, _telegram);
        harness.Options.Lease = TimeSpan.FromMinutes(2);
        harness.Options.SendTimeout = TimeSpan.FromSeconds(30);
        await DispatcherHarness.SubscribeAsync(_store, _time.GetUtcNow(), ["1"]);
        await DispatcherHarness.EnqueueAsync(_store, _time.GetUtcNow(), "national");
        var limited = false;
        _telegram.Script("1", () =>
        {
            if (limited)
            {
                return null;
            }

            limited = true;
            return new SendResult(SendOutcome.RateLimited, TimeSpan.FromSeconds(70));
        });
        var dispatcher = harness.CreateDispatcher();
        await dispatcher.RunOnceAsync(CancellationToken.None);

        // The pause is over with 50 s of the lease left: enough for one send timeout, not for two.
        _time.Advance(TimeSpan.FromSeconds(70));
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, _telegram.Calls);
        var row = Assert.Single(_store.Deliveries);
        Assert.Equal((DeliveryStatus.Pending, null), (row.Status, row.LeaseOwner));
        await harness.RunUntilDoneAsync(dispatcher);
        Assert.Equal(2, _telegram.Calls);
        Assert.Equal("1", Assert.Single(_telegram.Accepted).ChatId);
    }
}
