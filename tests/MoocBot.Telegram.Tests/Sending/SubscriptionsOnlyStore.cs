using MoocBot.Core.Notices;

namespace MoocBot.Telegram.Tests.Sending;

/// <summary>A notice store that keeps only subscriptions: enough to see what the adapter records about chats.</summary>
internal sealed class SubscriptionsOnlyStore : INoticeStore
{
    private readonly Lock _lock = new();
    private readonly List<Subscription> _subscriptions = [];

    public IReadOnlyList<Subscription> Subscriptions
    {
        get
        {
            lock (_lock)
            {
                return [.. _subscriptions];
            }
        }
    }

    public Subscription Add(string chatId, bool isGroup = false)
    {
        lock (_lock)
        {
            var subscription = new Subscription(_subscriptions.Count + 1, "telegram", chatId, isGroup, ["all"], Active: true);
            _subscriptions.Add(subscription);
            return subscription;
        }
    }

    public Task<Subscription?> FindSubscriptionAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_subscriptions.FirstOrDefault(s => s.Platform == platform && s.ChatId == chatId));
        }
    }

    public Task DeactivateAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(subscriptionId, s => s with { Active = false, DeactivatedReason = reason });

    public Task MigrateChatAsync(long subscriptionId, string newChatId, DateTimeOffset now, CancellationToken cancellationToken) =>
        Update(subscriptionId, s => s with { ChatId = newChatId });

    public Task<Subscription> SetTopicsAsync(string platform, string chatId, bool isGroup, IReadOnlyCollection<string> topics, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<PublishedFacts?> FindLastPublishedAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PublishRecord?> PublishAsync(PublishRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string owner, IReadOnlyCollection<string> platforms, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlySet<long>> KeepSendableAsync(IReadOnlyCollection<long> deliveryIds, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> MarkSentAsync(long deliveryId, string owner, DateTimeOffset now, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> RetryLaterAsync(long deliveryId, string owner, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<bool> MarkFailedAsync(long deliveryId, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task ReleaseAsync(IReadOnlyCollection<long> deliveryIds, string owner, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IAsyncDisposable?> TryHoldHostAsync(string hostId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ReclaimedDeliveries> ReclaimHostAsync(string hostId, string owner, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<DeliveryCounts> CountDeliveriesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    private Task Update(long id, Func<Subscription, Subscription> change)
    {
        lock (_lock)
        {
            var index = _subscriptions.FindIndex(s => s.Id == id);
            _subscriptions[index] = change(_subscriptions[index]);
        }

        return Task.CompletedTask;
    }
}
