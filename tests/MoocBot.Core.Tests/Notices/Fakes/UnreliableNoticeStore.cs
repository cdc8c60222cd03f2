using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>A store whose next few "sent" records fail, as when the database is briefly unreachable; it reports each "sent" record it takes.</summary>
internal sealed class UnreliableNoticeStore(INoticeStore inner) : INoticeStore
{
    public int FailNextMarkSent { get; set; }

    /// <summary>Called with the delivery's id after each "sent" record the inner store took.</summary>
    public Action<long>? OnMarkedSent { get; set; }

    public Task<Subscription?> FindSubscriptionAsync(string platform, string chatId, CancellationToken cancellationToken) => inner.FindSubscriptionAsync(platform, chatId, cancellationToken);

    public Task<Subscription> SetTopicsAsync(string platform, string chatId, bool isGroup, IReadOnlyCollection<string> topics, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.SetTopicsAsync(platform, chatId, isGroup, topics, now, cancellationToken);

    public Task DeactivateAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken) => inner.DeactivateAsync(subscriptionId, reason, now, cancellationToken);

    public Task MigrateChatAsync(long subscriptionId, string newChatId, DateTimeOffset now, CancellationToken cancellationToken) => inner.MigrateChatAsync(subscriptionId, newChatId, now, cancellationToken);

    public Task<PublishedFacts?> FindLastPublishedAsync(CancellationToken cancellationToken) => inner.FindLastPublishedAsync(cancellationToken);

    public Task<PublishRecord?> PublishAsync(PublishRequest request, CancellationToken cancellationToken) => inner.PublishAsync(request, cancellationToken);

    public Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string owner, IReadOnlyCollection<string> platforms, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        inner.ClaimAsync(owner, platforms, max, now, lease, cancellationToken);

    public Task<IReadOnlySet<long>> KeepSendableAsync(IReadOnlyCollection<long> deliveryIds, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.KeepSendableAsync(deliveryIds, owner, now, cancellationToken);

    public Task<bool> MarkSentAsync(long deliveryId, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (FailNextMarkSent > 0)
        {
            FailNextMarkSent--;
            throw new TimeoutException("The database did not answer.");
        }

        return MarkedAsync(deliveryId, inner.MarkSentAsync(deliveryId, owner, now, cancellationToken));
    }

    public Task<bool> RetryLaterAsync(long deliveryId, string owner, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) =>
        inner.RetryLaterAsync(deliveryId, owner, notBefore, reason, cancellationToken);

    public Task<bool> MarkFailedAsync(long deliveryId, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.MarkFailedAsync(deliveryId, owner, reason, now, cancellationToken);

    public Task ReleaseAsync(IReadOnlyCollection<long> deliveryIds, string owner, CancellationToken cancellationToken) => inner.ReleaseAsync(deliveryIds, owner, cancellationToken);

    public Task<IAsyncDisposable?> TryHoldHostAsync(string hostId, CancellationToken cancellationToken) => inner.TryHoldHostAsync(hostId, cancellationToken);

    public Task<ReclaimedDeliveries> ReclaimHostAsync(string hostId, string owner, CancellationToken cancellationToken) => inner.ReclaimHostAsync(hostId, owner, cancellationToken);

    public Task<DeliveryCounts> CountDeliveriesAsync(CancellationToken cancellationToken) => inner.CountDeliveriesAsync(cancellationToken);

    private async Task<bool> MarkedAsync(long deliveryId, Task<bool> record)
    {
        var held = await record;
        OnMarkedSent?.Invoke(deliveryId);
        return held;
    }
}
