using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Storage.Tests;

/// <summary>What every <see cref="INoticeStore"/> must do; each store's test class runs all of it against its database.</summary>
public abstract partial class NoticeStoreContract : IAsyncLifetime
{
    private const string Owner = "host-a";
    private const string OtherOwner = "host-b";
    private static readonly string[] Telegram = ["telegram"];

    private readonly List<object> _stores = [];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private protected INoticeStore Store { get; private set; } = null!;

    private DateTimeOffset Now => Time.GetUtcNow();

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        Store = OpenStore();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            if (store is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }

        await DropDatabaseAsync();
    }

    [StoreFact]
    public async Task MigrateAsync_Twice_AppliesTheStepsOnce()
    {
        var migrating = (IMigratingStore)OpenStore();

        var first = await migrating.MigrateAsync(CancellationToken.None);
        var again = await ((IMigratingStore)OpenStore()).MigrateAsync(CancellationToken.None);

        Assert.Equal(first.Version, again.Version);
        Assert.Equal(0, again.Applied);
        Assert.True(first.Version >= 1);
    }

    [StoreFact]
    public async Task FindSubscriptionAsync_UnknownChat_IsNull()
    {
        Assert.Null(await Store.FindSubscriptionAsync("telegram", "404", CancellationToken.None));
    }

    [StoreFact]
    public async Task SetTopicsAsync_NewChat_IsFoundWithItsTopics()
    {
        var saved = await Store.SetTopicsAsync("telegram", "-100", true, ["west", "national"], Now, CancellationToken.None);

        var found = await Store.FindSubscriptionAsync("telegram", "-100", CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(saved.Id, found.Id);
        Assert.Equal(["national", "west"], found.Topics);
        Assert.True(found.IsGroup);
        Assert.True(found.Active);
        Assert.Null(await Store.FindSubscriptionAsync("discord", "-100", CancellationToken.None));
    }

    [StoreFact]
    public async Task SetTopicsAsync_DeactivatedChat_ReplacesTopicsAndReactivates()
    {
        var saved = await Store.SetTopicsAsync("telegram", "1", false, ["all"], Now, CancellationToken.None);
        await Store.DeactivateAsync(saved.Id, "Forbidden: bot was blocked by the user", Now, CancellationToken.None);
        Assert.Equal("Forbidden: bot was blocked by the user", (await Store.FindSubscriptionAsync("telegram", "1", CancellationToken.None))!.DeactivatedReason);

        await Store.SetTopicsAsync("telegram", "1", false, ["west"], Now, CancellationToken.None);

        var found = await Store.FindSubscriptionAsync("telegram", "1", CancellationToken.None);
        Assert.Equal((saved.Id, true, null), (found!.Id, found.Active, found.DeactivatedReason));
        Assert.Equal(["west"], found.Topics);
    }

    [StoreFact]
    public async Task SetTopicsAsync_Empty_KeepsTheChatWithNoTopics()
    {
        await Store.SetTopicsAsync("telegram", "1", false, ["all"], Now, CancellationToken.None);

        await Store.SetTopicsAsync("telegram", "1", false, [], Now, CancellationToken.None);

        Assert.Empty((await Store.FindSubscriptionAsync("telegram", "1", CancellationToken.None))!.Topics);
    }

    [StoreFact]
    public async Task PublishAsync_FirstVersion_IsTheLastPublished()
    {
        Assert.Null(await Store.FindLastPublishedAsync(CancellationToken.None));

        var record = await Store.PublishAsync(new PublishRequest("v1", "{\"facts\":[]}", null, [], Now, "the running bot (host a)"), CancellationToken.None);

        var last = await Store.FindLastPublishedAsync(CancellationToken.None);
        Assert.Equal(
            (record!.VersionId, "v1", "{\"facts\":[]}", Now, "the running bot (host a)"),
            (last!.Id, last.Version, last.Snapshot, last.PublishedAt, last.PublishedBy));
    }

    [StoreFact]
    public async Task PublishAsync_AfterAnOlderVersion_IsRefusedAndWritesNothing()
    {
        var first = await Store.PublishAsync(new PublishRequest("v1", "{}", null, [], Now, "test"), CancellationToken.None);
        await Store.PublishAsync(new PublishRequest("v2", "{}", first!.VersionId, [], Now, "test"), CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "1", false, ["all"], Now, CancellationToken.None);

        var stale = await Store.PublishAsync(new PublishRequest("v2-elsewhere", "{}", first.VersionId, [new NoticeDraft("national", ReplyComposer.ComposeText("x"))], Now, "test"), CancellationToken.None);

        Assert.Null(stale);
        Assert.Equal("v2", (await Store.FindLastPublishedAsync(CancellationToken.None))!.Version);
        Assert.Equal(new DeliveryCounts(0, 0, 0, 0), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task PublishAsync_ManyHostsAtOnce_OnlyOneWins()
    {
        var first = await Store.PublishAsync(new PublishRequest("v1", "{}", null, [], Now, "test"), CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "1", false, ["all"], Now, CancellationToken.None);
        var hosts = Enumerable.Range(0, 6).Select(_ => OpenStore()).ToList();

        var results = await Task.WhenAll(hosts.Select(host => Task.Run(() =>
            host.PublishAsync(new PublishRequest("v2", "{}", first!.VersionId, [new NoticeDraft("national", ReplyComposer.ComposeText("x"))], Now, "test"), CancellationToken.None))));

        Assert.Single(results, r => r is not null);
        Assert.Equal(1, (await Store.CountDeliveriesAsync(CancellationToken.None)).Pending);
    }

    [StoreFact]
    public async Task PublishAsync_Notices_QueueOneDeliveryPerActiveSubscriberOfTheTopicOrAll()
    {
        await Store.SetTopicsAsync("telegram", "all", false, ["all"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "national", false, ["national", "west"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("discord", "west", true, ["west"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "none", false, [], Now, CancellationToken.None);
        var gone = await Store.SetTopicsAsync("telegram", "gone", false, ["all"], Now, CancellationToken.None);
        await Store.DeactivateAsync(gone.Id, "kicked", Now, CancellationToken.None);

        var record = await DispatcherHarness.EnqueueAsync(Store, Now, "national", "platform");

        Assert.Equal((2, 3), (record.Notices, record.Deliveries));
        var claimed = await Store.ClaimAsync(Owner, ["telegram", "discord"], 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(["all", "national", "all"], claimed.Select(c => c.ChatId));
    }

    [StoreFact]
    public async Task ClaimAsync_Notice_ReturnsTheComposedReplyIntact()
    {
        await Store.SetTopicsAsync("telegram", "-5", true, ["national"], Now, CancellationToken.None);
        var publisher = new FactPublisher(Store, Time, NullLogger<FactPublisher>.Instance);
        await publisher.PublishAsync(NoticeTestData.Current, "test", CancellationToken.None);
        var expected = NoticeComposer.Compose(FactDiff.Compare(NoticeTestData.Current, NoticeTestData.NextYear), NoticeTestData.NextYear)[0].Reply;
        await publisher.PublishAsync(NoticeTestData.NextYear, "test", CancellationToken.None);

        var claimed = Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(("-5", true, 0), (claimed.ChatId, claimed.IsGroup, claimed.Attempts));
        Assert.Equal(expected.ToPlainText(), claimed.Reply.ToPlainText());
        Assert.Equal(expected.Source, claimed.Reply.Source);
        Assert.Equal(expected.Buttons, claimed.Reply.Buttons);
        Assert.Equal(expected.Blocks.SelectMany(b => b.Spans), claimed.Reply.Blocks.SelectMany(b => b.Spans));
        Assert.Equal(expected.Blocks.Select(b => b.Kind), claimed.Reply.Blocks.Select(b => b.Kind));
    }

    [StoreFact]
    public async Task FactPublisher_AgainstTheStore_ComparesWithTheStoredSnapshot()
    {
        var publisher = new FactPublisher(Store, Time, NullLogger<FactPublisher>.Instance);
        await publisher.PublishAsync(NoticeTestData.Current, "test", CancellationToken.None);

        var summary = await publisher.PublishAsync(NoticeTestData.NextYear, "test", CancellationToken.None);

        Assert.Equal(PublishStatus.Published, summary.Status);
        Assert.Equal(["national.moocs", "national.new-courses", "west.universities"], summary.Diff.Changes.Select(c => c.Id));
        Assert.Equal(PublishStatus.Unchanged, (await OtherPublisher().PublishAsync(NoticeTestData.NextYear, "test", CancellationToken.None)).Status);
    }

    [StoreFact]
    public async Task ClaimAsync_Leased_IsNotHandedToAnotherOwnerUntilTheLeaseRunsOut()
    {
        await SubscribeAndEnqueueAsync(3);

        var mine = await Store.ClaimAsync(Owner, Telegram, 2, Now, TimeSpan.FromMinutes(2), CancellationToken.None);
        var theirs = await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(2), CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(2));
        var afterLease = await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.Equal(2, mine.Count);
        Assert.Equal(Now, mine[0].LeaseUntil);
        Assert.DoesNotContain(theirs, t => mine.Any(m => m.Id == t.Id));
        Assert.Single(theirs);
        Assert.Equal([.. mine.Select(m => m.Id), .. theirs.Select(t => t.Id)], afterLease.Select(a => a.Id).Order());
        Assert.False(await Store.MarkSentAsync(mine[0].Id, Owner, Now, CancellationToken.None));
        Assert.True(await Store.MarkSentAsync(mine[0].Id, OtherOwner, Now, CancellationToken.None));
    }

    [StoreFact]
    public async Task ClaimAsync_OtherPlatform_IsLeftAlone()
    {
        await Store.SetTopicsAsync("discord", "channel", true, ["all"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");

        Assert.Empty(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Single(await Store.ClaimAsync(Owner, ["discord"], 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [StoreFact]
    public async Task ClaimAsync_ManyHostsAtOnce_NeverHandOutOneDeliveryTwice()
    {
        await SubscribeAndEnqueueAsync(300);
        var hosts = Enumerable.Range(0, 6).Select(i => (Owner: "host-" + i, Store: OpenStore())).ToList();

        var claims = await Task.WhenAll(hosts.Select(host => Task.Run(async () =>
        {
            var all = new List<long>();
            while (await host.Store.ClaimAsync(host.Owner, Telegram, 7, Now, TimeSpan.FromMinutes(1), CancellationToken.None) is { Count: > 0 } batch)
            {
                all.AddRange(batch.Select(b => b.Id));
            }

            return all;
        })));

        var ids = claims.SelectMany(c => c).ToList();
        Assert.Equal(300, ids.Count);
        Assert.Equal(300, ids.Distinct().Count());
    }

    [StoreFact]
    public async Task MarkSentAsync_Held_CountsAsSentAndIsNeverClaimedAgain()
    {
        await SubscribeAndEnqueueAsync(1);
        var claimed = Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.True(await Store.MarkSentAsync(claimed.Id, Owner, Now, CancellationToken.None));
        Assert.False(await Store.MarkSentAsync(claimed.Id, Owner, Now, CancellationToken.None));
        Time.Advance(TimeSpan.FromHours(1));

        Assert.Empty(await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(new DeliveryCounts(0, 1, 0, 0), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task MarkSentAsync_LeaseRanOutAndNobodyClaimedIt_IsStillRecorded()
    {
        await SubscribeAndEnqueueAsync(1);
        var claimed = Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Time.Advance(TimeSpan.FromMinutes(5));

        // The platform took the message: had the late record been refused, the next claim would send it again.
        Assert.True(await Store.MarkSentAsync(claimed.Id, Owner, Now, CancellationToken.None));

        Assert.Empty(await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(new DeliveryCounts(0, 1, 0, 0), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task RetryLaterAsync_NotTheHolder_ChangesNothing()
    {
        await SubscribeAndEnqueueAsync(1);
        var claimed = Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.False(await Store.RetryLaterAsync(claimed.Id, OtherOwner, Now, "502 Bad Gateway", CancellationToken.None));

        Assert.Empty(await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await Store.MarkSentAsync(claimed.Id, Owner, Now, CancellationToken.None));
    }

    [StoreFact]
    public async Task RetryLaterAsync_CountsTheAttemptAndWaitsUntilDue()
    {
        await SubscribeAndEnqueueAsync(1);
        var claimed = Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.True(await Store.RetryLaterAsync(claimed.Id, Owner, Now + TimeSpan.FromSeconds(10), "502 Bad Gateway", CancellationToken.None));

        Assert.Empty(await Store.ClaimAsync(Owner, Telegram, 10, Now + TimeSpan.FromSeconds(9), TimeSpan.FromMinutes(1), CancellationToken.None));
        var again = Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now + TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(1, again.Attempts);
    }

    [StoreFact]
    public async Task MarkFailedAsync_IsCountedFailedAndNotClaimedAgain()
    {
        await SubscribeAndEnqueueAsync(1);
        var claimed = Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.False(await Store.MarkFailedAsync(claimed.Id, OtherOwner, "400 Bad Request", Now, CancellationToken.None));
        Assert.True(await Store.MarkFailedAsync(claimed.Id, Owner, "400 Bad Request", Now, CancellationToken.None));

        Assert.Empty(await Store.ClaimAsync(Owner, Telegram, 10, Now + TimeSpan.FromHours(1), TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(new DeliveryCounts(0, 0, 1, 0), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task ReleaseAsync_Claimed_IsClaimableByAnyoneAtOnce()
    {
        await SubscribeAndEnqueueAsync(2);
        var claimed = await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);

        await Store.ReleaseAsync([.. claimed.Select(c => c.Id)], OtherOwner, CancellationToken.None);
        Assert.Empty(await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        await Store.ReleaseAsync([.. claimed.Select(c => c.Id)], Owner, CancellationToken.None);

        Assert.Equal(2, (await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None)).Count);
    }

    [StoreFact]
    public async Task DeactivateAsync_DropsThePendingDeliveriesOfThatChatOnly()
    {
        var gone = await Store.SetTopicsAsync("telegram", "gone", false, ["all"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "here", false, ["all"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west");

        await Store.DeactivateAsync(gone.Id, "chat not found", Now, CancellationToken.None);

        Assert.Equal(new DeliveryCounts(2, 0, 0, 2), await Store.CountDeliveriesAsync(CancellationToken.None));
        Assert.All(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None), c => Assert.Equal("here", c.ChatId));
    }

    [StoreFact]
    public async Task MigrateChatAsync_NewId_RewritesTheChatForPendingDeliveries()
    {
        var old = await Store.SetTopicsAsync("telegram", "-1", true, ["west"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "west");

        await Store.MigrateChatAsync(old.Id, "-1001", Now, CancellationToken.None);

        Assert.Null(await Store.FindSubscriptionAsync("telegram", "-1", CancellationToken.None));
        Assert.Equal(["west"], (await Store.FindSubscriptionAsync("telegram", "-1001", CancellationToken.None))!.Topics);
        Assert.Equal("-1001", Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None)).ChatId);
    }

    [StoreFact]
    public async Task MigrateChatAsync_NewIdAlreadySubscribed_MergesWithoutSendingTwice()
    {
        var old = await Store.SetTopicsAsync("telegram", "-1", true, ["west"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "-1001", true, ["national"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "west", "national");

        await Store.MigrateChatAsync(old.Id, "-1001", Now, CancellationToken.None);

        var merged = await Store.FindSubscriptionAsync("telegram", "-1001", CancellationToken.None);
        Assert.Equal(["national", "west"], merged!.Topics);
        Assert.False((await Store.FindSubscriptionAsync("telegram", "-1", CancellationToken.None))!.Active);
        var claimed = await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(2, claimed.Count);
        Assert.All(claimed, c => Assert.Equal("-1001", c.ChatId));
        Assert.Equal(2, claimed.Select(c => c.NoticeId).Distinct().Count());
    }

    [StoreFact]
    public async Task MigrateChatAsync_NewIdAlreadyGotTheNotice_DropsTheOldChatsCopy()
    {
        var old = await Store.SetTopicsAsync("telegram", "-1", true, ["national"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "-1001", true, ["all"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");
        var claimed = await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None);
        var (toNewId, toOldId) = (claimed.Single(c => c.ChatId == "-1001"), claimed.Single(c => c.ChatId == "-1"));
        Assert.True(await Store.MarkSentAsync(toNewId.Id, Owner, Now, CancellationToken.None));

        // What the dispatcher does when the send to the old id answers "migrated to -1001".
        await Store.MigrateChatAsync(old.Id, "-1001", Now, CancellationToken.None);
        await Store.ReleaseAsync([toOldId.Id], Owner, CancellationToken.None);

        Assert.Empty(await Store.ClaimAsync(OtherOwner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(new DeliveryCounts(0, 1, 0, 1), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task MigrateChatAsync_BothIdsAwaitTheSameNotice_TheChatGetsItOnce()
    {
        var old = await Store.SetTopicsAsync("telegram", "-1", true, ["national"], Now, CancellationToken.None);
        await Store.SetTopicsAsync("telegram", "-1001", true, ["national", "west"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");

        await Store.MigrateChatAsync(old.Id, "-1001", Now, CancellationToken.None);

        var claimed = Assert.Single(await Store.ClaimAsync(Owner, Telegram, 10, Now, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal("-1001", claimed.ChatId);
        Assert.Equal(new DeliveryCounts(1, 0, 0, 1), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Dispatcher_TenThousandChats_EachGetsTheNoticeOnceWithinTelegramLimits()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, Enumerable.Range(1, 10_000).Select(i => i.ToString()), "national");
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");
        var telegram = new FakeChatPlatform(Time);
        var harness = new DispatcherHarness(Store, Time, telegram);

        var elapsed = await harness.RunUntilDoneAsync(harness.CreateDispatcher());

        Assert.Equal(0, telegram.TooManyRequests);
        Assert.Equal(10_000, telegram.CountByChat.Count);
        Assert.All(telegram.CountByChat.Values, count => Assert.Equal(1, count));
        var accepted = telegram.Accepted;
        Assert.True(accepted[^1].At - accepted[0].At >= TimeSpan.FromSeconds(10_000 / 25 - 1), $"took {accepted[^1].At - accepted[0].At}");
        Assert.True(elapsed <= TimeSpan.FromSeconds(10_000 / 25 / 0.95), $"took {elapsed}");
        Assert.Equal(new DeliveryCounts(0, 10_000, 0, 0), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Dispatcher_CrashHalfWayAndRestart_DeliversTheRestAndNothingTwice()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, Enumerable.Range(1, 1_000).Select(i => i.ToString()));
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");
        await Store.SetTopicsAsync("telegram", "blocked", false, ["all"], Now, CancellationToken.None);
        var telegram = new FakeChatPlatform(Time);
        telegram.Block("blocked");
        using var crash = new CancellationTokenSource();
        telegram.OnAccepted = count =>
        {
            if (count == 500)
            {
                crash.Cancel();
            }
        };
        var harness = new DispatcherHarness(Store, Time, telegram);
        var crashed = harness.CreateDispatcher();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunUntilDoneAsync(crashed, crash.Token));
        // The process is gone: its hold on the host id goes with it (the connection or the file lock is released).
        await crashed.DisposeAsync();
        Time.Advance(TimeSpan.FromSeconds(1));
        await harness.RunUntilDoneAsync(new DispatcherHarness(OpenStore(), Time, telegram).CreateDispatcher());

        Assert.Equal(1_000, telegram.CountByChat.Count);
        Assert.All(telegram.CountByChat.Values, count => Assert.Equal(1, count));
        Assert.Equal(0, telegram.TooManyRequests);
        Assert.Equal(new DeliveryCounts(0, 1_000, 0, 0), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Dispatcher_TwoHostsOnOneDatabase_SendNothingTwice()
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, Enumerable.Range(1, 1_000).Select(i => i.ToString()));
        await Store.SetTopicsAsync("telegram", "gone", false, ["all"], Now, CancellationToken.None);
        await DispatcherHarness.EnqueueAsync(Store, Now, "national", "west");
        var telegram = new FakeChatPlatform(Time);
        telegram.Block("gone");
        var hosts = Enumerable.Range(0, 2).Select(i =>
        {
            var harness = new DispatcherHarness(OpenStore(), Time, telegram);
            harness.Options.HostId = $"bot-{i + 1}";
            harness.Options.Telegram.MessagesPerSecond = 12; // the two hosts share the bot's 25 a second
            harness.Options.BatchSize = 20;
            return harness;
        }).ToList();

        var dispatchers = hosts.Select(h => h.CreateDispatcher()).ToList();

        // Both hosts run their passes at the same moments, concurrently against the database, and share one clock.
        for (var pass = 0; (await Store.CountDeliveriesAsync(CancellationToken.None)).Pending > 0; pass++)
        {
            Assert.True(pass < 10_000, "the outbox did not empty");
            var waits = await Task.WhenAll(dispatchers.Select(d => Task.Run(() => d.RunOnceAsync(CancellationToken.None))));
            Time.Advance(waits.Min());
        }

        Assert.Equal(1_000, telegram.CountByChat.Count);
        Assert.All(telegram.CountByChat.Values, count => Assert.Equal(2, count));
        Assert.Equal(new DeliveryCounts(0, 2_000, 0, 2), await Store.CountDeliveriesAsync(CancellationToken.None));
    }

    [StoreFact]
    public async Task Dispatcher_TwoRunsUnderOneHostId_OnlyTheHolderSendsAndNothingTwice()
    {
        await SubscribeAndEnqueueAsync(200);
        var telegram = new FakeChatPlatform(Time);
        var harnesses = Enumerable.Range(0, 2).Select(_ =>
        {
            var harness = new DispatcherHarness(OpenStore(), Time, telegram);
            harness.Options.HostId = "copied-configuration";
            harness.Options.BatchSize = 20;
            return harness;
        }).ToList();
        var dispatchers = harnesses.Select(h => h.CreateDispatcher()).ToList();
        var sentByEach = new int[2];

        for (var pass = 0; (await Store.CountDeliveriesAsync(CancellationToken.None)).Pending > 0; pass++)
        {
            Assert.True(pass < 10_000, "the outbox did not empty");
            var before = telegram.CountByChat.Values.Sum();
            var waits = new TimeSpan[2];
            for (var i = 0; i < 2; i++)
            {
                waits[i] = await dispatchers[i].RunOnceAsync(CancellationToken.None);
                var after = telegram.CountByChat.Values.Sum();
                sentByEach[i] += after - before;
                before = after;
            }

            Time.Advance(waits.Min());
        }

        foreach (var dispatcher in dispatchers)
        {
            await dispatcher.DisposeAsync();
        }

        Assert.All(telegram.CountByChat.Values, count => Assert.Equal(1, count));
        Assert.Equal(200, telegram.CountByChat.Count);
        Assert.Equal([200, 0], sentByEach);
    }

    private protected abstract INoticeStore CreateStore();

    protected abstract Task CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>Runs a statement on the database behind the store's back, to leave rows only a race could leave.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    /// <summary>Another store object over the same database: another host.</summary>
    private protected INoticeStore OpenStore()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
    }

    private FactPublisher OtherPublisher() => new(OpenStore(), Time, NullLogger<FactPublisher>.Instance);

    private async Task SubscribeAndEnqueueAsync(int chats)
    {
        await DispatcherHarness.SubscribeAsync(Store, Now, Enumerable.Range(1, chats).Select(i => i.ToString()));
        await DispatcherHarness.EnqueueAsync(Store, Now, "national");
    }
}
