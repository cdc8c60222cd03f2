using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>Builds dispatchers over a store and fake platforms, and drives them on fake time until the outbox is empty.</summary>
internal sealed class DispatcherHarness(INoticeStore store, FakeTimeProvider time, params IChatSender[] senders)
{
    public NoticesOptions Options { get; } = new();

    public MoocBotMetrics Metrics { get; init; } = new();

    public BotHealth Health { get; } = new(time);

    public NoticeDispatcher CreateDispatcher() =>
        new(store, senders, Microsoft.Extensions.Options.Options.Create(Options), time, NullLogger<NoticeDispatcher>.Instance, new NoticeWakeup(), Metrics, Health);

    /// <summary>Runs passes, advancing fake time by each pass's wait, until nothing is pending; returns the fake time taken.</summary>
    public async Task<TimeSpan> RunUntilDoneAsync(NoticeDispatcher dispatcher, CancellationToken cancellationToken = default)
    {
        const int maxPasses = 100_000;
        var start = time.GetUtcNow();
        for (var pass = 0; pass < maxPasses; pass++)
        {
            var wait = await dispatcher.RunOnceAsync(cancellationToken);
            if (dispatcher.Queued == 0 && (await store.CountDeliveriesAsync(cancellationToken)).Pending == 0)
            {
                return time.GetUtcNow() - start;
            }

            if (wait > TimeSpan.Zero)
            {
                time.Advance(wait);
            }
        }

        throw new InvalidOperationException($"The outbox was not empty after {maxPasses} passes.");
    }

    public static async Task SubscribeAsync(INoticeStore store, DateTimeOffset now, IEnumerable<string> chatIds, string topic = "all", string platform = "telegram")
    {
        foreach (var chatId in chatIds)
        {
            await store.SetTopicsAsync(platform, chatId, chatId.StartsWith('-'), [topic], now, CancellationToken.None);
        }
    }

    /// <summary>Writes notices straight to the outbox (a publish after the last one), bypassing the diff.</summary>
    public static async Task<PublishRecord> EnqueueAsync(INoticeStore store, DateTimeOffset now, params string[] topics)
    {
        var last = await store.FindLastPublishedAsync(CancellationToken.None);
        var record = await store.PublishAsync(
            new PublishRequest("v" + ((last?.Id ?? 0) + 1), "{}", last?.Id, [.. topics.Select((t, i) => new NoticeDraft(t, ReplyComposer.ComposeText($"Notice {i + 1} on {t}")))], now, "test"),
            CancellationToken.None);
        return record ?? throw new InvalidOperationException("The publish was refused.");
    }
}
