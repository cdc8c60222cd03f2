using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Core.Tests.Notices;

public sealed class FactPublisherTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly InMemoryNoticeStore _store = new();

    private FactPublisher Publisher => new(_store, _time, NullLogger<FactPublisher>.Instance);

    [Fact]
    public async Task PublishAsync_FreshInstall_RecordsTheVersionAndSendsNothing()
    {
        await DispatcherHarness.SubscribeAsync(_store, _time.GetUtcNow(), ["1"]);

        var summary = await Publisher.PublishAsync(NoticeTestData.Current, "test", CancellationToken.None);

        Assert.Equal(PublishStatus.FirstVersion, summary.Status);
        Assert.Equal(NoticeTestData.Current.Version, (await _store.FindLastPublishedAsync(CancellationToken.None))!.Version);
        Assert.Empty(_store.Deliveries);
    }

    [Fact]
    public async Task PublishAsync_SameVersionAgain_DoesNothingAndSaysWhenAndByWhom()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 4, 18, 30, 5, TimeSpan.Zero));
        await Publisher.PublishAsync(NoticeTestData.Current, Publishers.RunningBot("bot-1"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));

        var summary = await Publisher.PublishAsync(NoticeTestData.Current, Publishers.CommandLine(), CancellationToken.None);

        Assert.Equal(PublishStatus.Unchanged, summary.Status);
        Assert.Equal(
            $"Version {NoticeTestData.Current.Version} is already published (at 2026-12-04 18:30:05 UTC by the running bot (host bot-1)); nothing to do.",
            summary.ToString());
    }

    [Fact]
    public async Task PublishAsync_NewVersion_QueuesOneDeliveryPerSubscriberOfEachChangedTopic()
    {
        var now = _time.GetUtcNow();
        await DispatcherHarness.SubscribeAsync(_store, now, ["all-1", "all-2"], "all");
        await DispatcherHarness.SubscribeAsync(_store, now, ["national-1"], "national");
        await DispatcherHarness.SubscribeAsync(_store, now, ["west-1"], "west");
        await DispatcherHarness.SubscribeAsync(_store, now, ["platform-1"], "platform");
        await Publisher.PublishAsync(NoticeTestData.Current, "test", CancellationToken.None);

        var summary = await Publisher.PublishAsync(NoticeTestData.NextYear, "test", CancellationToken.None);

        Assert.Equal(PublishStatus.Published, summary.Status);
        Assert.Equal(2, summary.Notices);
        Assert.Equal(6, summary.Deliveries); // national: 2 all + national-1; west: 2 all + west-1
        Assert.Contains("1 added, 1 changed, 1 removed", summary.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_ThenRevisedAgain_ComparesWithTheLastPublishedVersion()
    {
        await Publisher.PublishAsync(NoticeTestData.Current, "test", CancellationToken.None);
        await Publisher.PublishAsync(NoticeTestData.NextYear, "test", CancellationToken.None);

        var summary = await Publisher.PublishAsync(NoticeTestData.Change(NoticeTestData.NextYear, "v3", "platform.countries"), "test", CancellationToken.None);

        Assert.Equal("platform.countries", Assert.Single(summary.Diff.Changes).Id);
        Assert.Equal("next-year", summary.PreviousVersion);
    }

    [Fact]
    public async Task PublishAsync_DeactivatedChat_GetsNoDelivery()
    {
        var now = _time.GetUtcNow();
        await DispatcherHarness.SubscribeAsync(_store, now, ["gone", "here"]);
        var gone = await _store.FindSubscriptionAsync("telegram", "gone", CancellationToken.None);
        await _store.DeactivateAsync(gone!.Id, "blocked", now, CancellationToken.None);
        await Publisher.PublishAsync(NoticeTestData.Current, "test", CancellationToken.None);

        var summary = await Publisher.PublishAsync(NoticeTestData.Change(NoticeTestData.Current, "v2", "national.moocs"), "test", CancellationToken.None);

        Assert.Equal(1, summary.Deliveries);
    }
}
