using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>A store seen from a process that <see cref="ProcessKill"/> may kill: after the kill nothing more is written or read.</summary>
internal sealed class KillableNoticeStore(INoticeStore inner, ProcessKill process) : INoticeStore
{
    public Task<Subscription?> FindSubscriptionAsync(string platform, string chatId, CancellationToken cancellationToken) =>
        Alive(() => inner.FindSubscriptionAsync(platform, chatId, cancellationToken));

    public Task<Subscription> SetTopicsAsync(string platform, string chatId, bool isGroup, IReadOnlyCollection<string> topics, DateTimeOffset now, CancellationToken cancellationToken) =>
        Alive(() => inner.SetTopicsAsync(platform, chatId, isGroup, topics, now, cancellationToken));

    public Task DeactivateAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        Alive(() => inner.DeactivateAsync(subscriptionId, reason, now, cancellationToken));

    public Task MigrateChatAsync(long subscriptionId, string newChatId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Alive(() => inner.MigrateChatAsync(subscriptionId, newChatId, now, cancellationToken));

    public Task<PublishedFacts?> FindLastPublishedAsync(CancellationToken cancellationToken) => Alive(() => inner.FindLastPublishedAsync(cancellationToken));

    public Task<PublishRecord?> PublishAsync(PublishRequest request, CancellationToken cancellationToken) => Alive(() => inner.PublishAsync(request, cancellationToken));

    public Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string owner, IReadOnlyCollection<string> platforms, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        Alive(() => inner.ClaimAsync(owner, platforms, max, now, lease, cancellationToken));

    public Task<IReadOnlySet<long>> KeepSendableAsync(IReadOnlyCollection<long> deliveryIds, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        Alive(() => inner.KeepSendableAsync(deliveryIds, owner, now, cancellationToken));

    public Task<bool> MarkSentAsync(long deliveryId, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        Alive(() => inner.MarkSentAsync(deliveryId, owner, now, cancellationToken));

    public Task<bool> RetryLaterAsync(long deliveryId, string owner, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) =>
        Alive(() => inner.RetryLaterAsync(deliveryId, owner, notBefore, reason, cancellationToken));

    public Task<bool> MarkFailedAsync(long deliveryId, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        Alive(() => inner.MarkFailedAsync(deliveryId, owner, reason, now, cancellationToken));

    public Task ReleaseAsync(IReadOnlyCollection<long> deliveryIds, string owner, CancellationToken cancellationToken) =>
        Alive(() => inner.ReleaseAsync(deliveryIds, owner, cancellationToken));

    public async Task<IAsyncDisposable?> TryHoldHostAsync(string hostId, CancellationToken cancellationToken)
    {
        process.ThrowIfKilled();
        var hold = await inner.TryHoldHostAsync(hostId, cancellationToken);
        if (hold is not null)
        {
            process.FreeOnDeath(hold);
        }

        return hold;
    }

    public Task<ReclaimedDeliveries> ReclaimHostAsync(string hostId, string owner, CancellationToken cancellationToken) =>
        Alive(() => inner.ReclaimHostAsync(hostId, owner, cancellationToken));

    public Task<DeliveryCounts> CountDeliveriesAsync(CancellationToken cancellationToken) => Alive(() => inner.CountDeliveriesAsync(cancellationToken));

    private async Task<T> Alive<T>(Func<Task<T>> call)
    {
        process.ThrowIfKilled();
        return await call();
    }

    private async Task Alive(Func<Task> call)
    {
        process.ThrowIfKilled();
        await call();
    }
}
