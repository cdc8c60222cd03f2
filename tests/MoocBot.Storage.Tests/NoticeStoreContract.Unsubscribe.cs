using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Storage.Tests;

/// <summary>An unsubscribe drops the chat's queued notices on the topics it left, so a long broadcast stops reaching it.</summary>
public abstract partial class NoticeStoreContract
{
    [StoreFact]
    public async Task SetTopicsAsync_UnsubscribedFromATopic_DropsThatChatsPendingNoticesOnItOnly()
    {
        await Store.SetTopicsAsync("telegram", "1", false, ["national", "west"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "2", false, ["national"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west");

        await Store.SetTopicsAsync("telegram", "1", false, ["west"], Now, CancellationToken.None);

        Assert.Equal(new DeliveryCounts(2, 0, 0, 1), await Store.CountDeliveriesAsync(CancellationToken.None));
        var claimed = await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(["1", "2"], claimed.Select(c => c.ChatId).Order());
        Assert.Contains("on west", claimed.Single(c => c.ChatId == "1").Reply.ToPlainText(), StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task SetTopicsAsync_OneTopicLeftOfAll_KeepsTheOthersPending()
    {
        await Store.SetTopicsAsync("telegram", "1", false, ["all"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west", "platform");

        // What /unsubscribe west does to a chat subscribed to all.
        await Store.SetTopicsAsync("telegram", "1", false, ["international", "national", "platform"], Now, CancellationToken.None);

        Assert.Equal(new DeliveryCounts(2, 0, 0, 1), await Store.CountDeliveriesAsync(CancellationToken.None));
        var claimed = await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.DoesNotContain(claimed, c => c.Reply.ToPlainText().Contains("west", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task SetTopicsAsync_UnsubscribedFromEverything_DropsEveryPendingNoticeOfThatChatOnly()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, ["1", "2"]);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west");

        await Store.SetTopicsAsync("telegram", "1", false, [], Now, CancellationToken.None);

        Assert.Equal(new DeliveryCounts(2, 0, 0, 2), await Store.CountDeliveriesAsync(CancellationToken.None));
        Assert.All(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None), c => Assert.Equal("2", c.ChatId));
    }

    [StoreFact]
    public async Task SetTopicsAsync_UnsubscribedWhileANoticeIsBeingSent_RecordsWhatThePlatformTookAndNothingMore()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, ["1"]);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west", "platform");
        var inFlight = await Store.ClaimAsync(Owner, Telegram, 2, Now, TimeSpan.FromMinutes(1), CancellationToken.None);

        await Store.SetTopicsAsync("telegram", "1", false, [], Now, CancellationToken.None);

        Assert.True(await Store.MarkSentAsync(inFlight[0].Id, Owner, Now, CancellationToken.None));
        Assert.False(await Store.MarkSentAsync(inFlight[1].Id, OtherOwner, Now, CancellationToken.None));
        Assert.False(await Store.RetryLaterAsync(inFlight[1].Id, Owner, Now, "502 Bad Gateway", CancellationToken.None));
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(new DeliveryCounts(0, 1, 0, 2), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Dispatcher_ChatUnsubscribesDuringABroadcast_GetsNothingMore()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, Enumerable.Range(1, 200).Select(i => i.ToString()));
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west");
        var telegram = new FakeChatPlatform(Time);
        var harness = new DispatcherHarness(Store, Time, telegram);
        harness.Options.BatchSize = 20;
        var dispatcher = harness.CreateDispatcher();
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.NotEmpty(telegram.Accepted);

        await Store.SetTopicsAsync("telegram", "150", false, [], Now, CancellationToken.None);
        await harness.RunUntilDoneAsync(dispatcher);

        Assert.False(telegram.CountByChat.ContainsKey("150"));
        Assert.Equal(199, telegram.CountByChat.Count);
        Assert.All(telegram.CountByChat.Values, count => Assert.Equal(2, count));
        Assert.Equal(new DeliveryCounts(0, 398, 0, 2), await Store.CountDeliveriesAsync(CancellationToken.None));
    }
}
