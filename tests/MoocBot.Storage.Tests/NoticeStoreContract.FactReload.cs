using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Facts;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Storage.Tests;

/// <summary>Hosts that reload the same edited facts file publish it once between them.</summary>
public abstract partial class NoticeStoreContract
{
    [StoreFact]
    public async Task FactFileWatcher_TwoHostsReloadTheSameChange_EachSubscribedChatGetsItsNoticeOnce()
    {
        using var files = FactsFolder.Create();
        var initial = FactRepositoryLoader.Load(files.FactsPath);
        await new FactPublisher(Store, Time, NullLogger<FactPublisher>.Instance).PublishAsync(initial, "test", CancellationToken.None);
        await DispatcherHarness.SubscribeAsync(Store, Now, ["national"], "national");
        await DispatcherHarness.SubscribeAsync(Store, Now, ["west"], "west");
        var hosts = Enumerable.Range(0, 2).Select(_ => new CurrentFacts(initial)).ToList();
        var watchers = hosts.Select(facts => new FactFileWatcher(
            facts,
            OtherPublisher(),
            Microsoft.Extensions.Options.Options.Create(new FactsOptions { Path = files.FactsPath }),
            Microsoft.Extensions.Options.Options.Create(new NoticesOptions()),
            Time,
            NullLogger<FactFileWatcher>.Instance)).ToList();

        files.ReportMoreMoocs();

        // Settle, reload (both hosts race to publish), and once more: the loser of the race tries again.
        for (var look = 0; look < 3; look++)
        {
            await Task.WhenAll(watchers.Select(w => Task.Run(() => w.CheckOnceAsync(CancellationToken.None))));
        }

        var edited = FactRepositoryLoader.Load(files.FactsPath);
        Assert.All(hosts, facts => Assert.Equal(edited.Version, facts.Repository.Version));
        Assert.Equal(edited.Version, (await Store.FindLastPublishedAsync(CancellationToken.None))?.Version);
        var telegram = new FakeChatPlatform(Time);
        var harness = new DispatcherHarness(Store, Time, telegram);
        await harness.RunUntilDoneAsync(harness.CreateDispatcher());
        Assert.Equal(["national"], telegram.Accepted.Select(a => a.ChatId));
        Assert.Equal(new DeliveryCounts(0, 1, 0, 0), await Store.CountDeliveriesAsync(CancellationToken.None));
    }
}
