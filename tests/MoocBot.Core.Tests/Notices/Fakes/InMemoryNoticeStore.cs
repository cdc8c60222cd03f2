using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>The store contract kept in memory, for Core tests; the real stores pass the same contract in MoocBot.Storage.Tests.</summary>
internal sealed class InMemoryNoticeStore : INoticeStore
{
    private readonly Lock _gate = new();
    private readonly List<SubscriptionRow> _subscriptions = [];
    private readonly List<PublishedFacts> _versions = [];
    private readonly List<(long Id, NoticeDraft Draft)> _notices = [];
    private readonly List<DeliveryRow> _deliveries = [];
    private readonly Dictionary<long, SubscriptionRow> _subscriptionsById = [];
    private readonly Dictionary<long, DeliveryRow> _deliveriesById = [];
    private readonly HashSet<string> _heldHosts = new(StringComparer.Ordinal);

    public IReadOnlyList<DeliveryRow> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    public Task<Subscription?> FindSubscriptionAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_subscriptions.FirstOrDefault(s => s.Platform == platform && s.ChatId == chatId)?.ToSubscription());
        }
    }

    public Task<Subscription> SetTopicsAsync(string platform, string chatId, bool isGroup, IReadOnlyCollection<string> topics, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var row = _subscriptions.FirstOrDefault(s => s.Platform == platform && s.ChatId == chatId);
            if (row is null)
            {
                row = new SubscriptionRow { Id = _subscriptions.Count + 1, Platform = platform, ChatId = chatId };
                _subscriptions.Add(row);
                _subscriptionsById[row.Id] = row;
            }

            row.IsGroup = isGroup;
            row.Active = true;
            row.Reason = null;
            row.Topics = [.. topics.Distinct().Order(StringComparer.Ordinal)];
            foreach (var delivery in _deliveries.Where(d => d.SubscriptionId == row.Id && d.Status == DeliveryStatus.Pending))
            {
                var topic = _notices[(int)delivery.NoticeId - 1].Draft.Topic;
                if (!row.Topics.Contains(topic) && !row.Topics.Contains("all"))
                {
                    delivery.Status = DeliveryStatus.Dropped;
                    delivery.LastError = "unsubscribed";
                }
            }

            return Task.FromResult(row.ToSubscription());
        }
    }

    public Task DeactivateAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var row = _subscriptions.Single(s => s.Id == subscriptionId);
            row.Active = false;
            row.Reason = reason;
            DropPending(subscriptionId, reason);
            return Task.CompletedTask;
        }
    }

    public Task MigrateChatAsync(long subscriptionId, string newChatId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var row = _subscriptions.Single(s => s.Id == subscriptionId);
            var target = _subscriptions.FirstOrDefault(s => s.Platform == row.Platform && s.ChatId == newChatId);
            if (target is null)
            {
                row.ChatId = newChatId;
            }
            else if (target != row)
            {
                target.Topics = [.. target.Topics.Union(row.Topics).Order(StringComparer.Ordinal)];
                target.Active = true;
                foreach (var delivery in _deliveries.Where(d => d.SubscriptionId == row.Id && d.Status == DeliveryStatus.Pending
                    && !_deliveries.Any(t => t.SubscriptionId == target.Id && t.NoticeId == d.NoticeId)).ToList())
                {
                    delivery.SubscriptionId = target.Id;
                }

                DropPending(row.Id, "merged into " + newChatId);
                row.Topics = [];
                row.Active = false;
                row.Reason = "migrated to " + newChatId;
            }

            return Task.CompletedTask;
        }
    }

    public Task<PublishedFacts?> FindLastPublishedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_versions.LastOrDefault());
        }
    }

    public Task<PublishRecord?> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_versions.LastOrDefault()?.Id != request.PreviousId)
            {
                return Task.FromResult<PublishRecord?>(null);
            }

            var version = new PublishedFacts(_versions.Count + 1, request.Version, request.Snapshot, request.PublishedAt, request.PublishedBy);
            _versions.Add(version);
            var deliveries = 0;
            foreach (var notice in request.Notices)
            {
                var noticeId = _notices.Count + 1;
                _notices.Add((noticeId, notice));
                foreach (var subscription in _subscriptions.Where(s => s.Active && (s.Topics.Contains(notice.Topic) || s.Topics.Contains("all"))))
                {
                    var delivery = new DeliveryRow { Id = _deliveries.Count + 1, NoticeId = noticeId, SubscriptionId = subscription.Id, NextAttemptAt = request.PublishedAt };
                    _deliveries.Add(delivery);
                    _deliveriesById[delivery.Id] = delivery;
                    deliveries++;
                }
            }

            return Task.FromResult<PublishRecord?>(new PublishRecord(version.Id, request.Notices.Count, deliveries));
        }
    }

    public Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string owner, IReadOnlyCollection<string> platforms, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var claimed = new List<ClaimedDelivery>();
            foreach (var delivery in _deliveries.Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil is null || d.LeaseUntil <= now)))
            {
                var subscription = _subscriptionsById[delivery.SubscriptionId];
                if (claimed.Count == max)
                {
                    break;
                }

                if (!platforms.Contains(subscription.Platform))
                {
                    continue;
                }

                delivery.LeaseOwner = owner;
                delivery.LeaseUntil = now + lease;
                claimed.Add(new ClaimedDelivery(delivery.Id, delivery.NoticeId, subscription.Id, subscription.Platform, subscription.ChatId, subscription.IsGroup,
                    delivery.Attempts, now + lease, _notices[(int)delivery.NoticeId - 1].Draft.Reply));
            }

            return Task.FromResult<IReadOnlyList<ClaimedDelivery>>(claimed);
        }
    }

    /// <summary>
    /// Adds a pending delivery of a notice on <paramref name="topic"/> to <paramref name="chatId"/> whatever it follows: what a
    /// publish that read the chat's topics just before an unsubscribe, and committed after it, leaves in a real database.
    /// </summary>
    public void AddRacingDelivery(string topic, string chatId)
    {
        lock (_gate)
        {
            var (noticeId, _) = _notices.Last(n => n.Draft.Topic == topic);
            var delivery = new DeliveryRow { Id = _deliveries.Count + 1, NoticeId = noticeId, SubscriptionId = _subscriptions.Single(s => s.ChatId == chatId).Id, NextAttemptAt = _versions[^1].PublishedAt };
            _deliveries.Add(delivery);
            _deliveriesById[delivery.Id] = delivery;
        }
    }

    public Task<IReadOnlySet<long>> KeepSendableAsync(IReadOnlyCollection<long> deliveryIds, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var sendable = new HashSet<long>();
            foreach (var delivery in deliveryIds.Select(id => _deliveriesById[id]).Where(d => d.LeaseOwner == owner && d.Status == DeliveryStatus.Pending))
            {
                var subscription = _subscriptionsById[delivery.SubscriptionId];
                var topic = _notices[(int)delivery.NoticeId - 1].Draft.Topic;
                if (!subscription.Active || !(subscription.Topics.Contains(topic) || subscription.Topics.Contains("all")))
                {
                    delivery.Status = DeliveryStatus.Dropped;
                    delivery.LastError = subscription.Active ? "unsubscribed" : subscription.Reason;
                    delivery.LeaseOwner = null;
                    delivery.LeaseUntil = null;
                }
                else if (delivery.LeaseUntil > now)
                {
                    delivery.SendStarted = true;
                    sendable.Add(delivery.Id);
                }
            }

            return Task.FromResult<IReadOnlySet<long>>(sendable);
        }
    }

    public Task<bool> MarkSentAsync(long deliveryId, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        Held(deliveryId, owner, d =>
        {
            d.Status = DeliveryStatus.Sent;
            d.SentAt = now;
        }, DeliveryStatus.Dropped);

    public Task<bool> RetryLaterAsync(long deliveryId, string owner, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) =>
        Held(deliveryId, owner, d =>
        {
            d.Attempts++;
            d.NextAttemptAt = notBefore;
            d.LastError = reason;
        });

    public Task<bool> MarkFailedAsync(long deliveryId, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        Held(deliveryId, owner, d =>
        {
            d.Attempts++;
            d.Status = DeliveryStatus.Failed;
            d.LastError = reason;
        });

    public Task ReleaseAsync(IReadOnlyCollection<long> deliveryIds, string owner, CancellationToken cancellationToken)
    {
        foreach (var id in deliveryIds)
        {
            Held(id, owner, _ => { });
        }

        return Task.CompletedTask;
    }

    public Task<IAsyncDisposable?> TryHoldHostAsync(string hostId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IAsyncDisposable?>(_heldHosts.Add(hostId) ? new HostHold(this, hostId) : null);
        }
    }

    public Task<ReclaimedDeliveries> ReclaimHostAsync(string hostId, string owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var prefix = LeaseOwners.PrefixOf(hostId);
            var earlier = _deliveries.Where(d => d.Status == DeliveryStatus.Pending && d.LeaseOwner is { } o && o != owner && o.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            var cutOff = earlier.Count(d => d.SendStarted);
            foreach (var delivery in earlier)
            {
                delivery.LeaseOwner = null;
                delivery.LeaseUntil = null;
                delivery.SendStarted = false;
            }

            return Task.FromResult(new ReclaimedDeliveries(earlier.Count, cutOff));
        }
    }

    public Task<DeliveryCounts> CountDeliveriesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            int Count(DeliveryStatus status) => _deliveries.Count(d => d.Status == status);
            return Task.FromResult(new DeliveryCounts(Count(DeliveryStatus.Pending), Count(DeliveryStatus.Sent), Count(DeliveryStatus.Failed), Count(DeliveryStatus.Dropped)));
        }
    }

    private Task<bool> Held(long deliveryId, string owner, Action<DeliveryRow> change, DeliveryStatus alsoHeld = DeliveryStatus.Pending)
    {
        lock (_gate)
        {
            var delivery = _deliveriesById[deliveryId];
            if (delivery.LeaseOwner != owner || (delivery.Status != DeliveryStatus.Pending && delivery.Status != alsoHeld))
            {
                return Task.FromResult(false);
            }

            change(delivery);
            delivery.LeaseOwner = null;
            delivery.LeaseUntil = null;
            delivery.SendStarted = delivery.Status == DeliveryStatus.Sent && delivery.SendStarted;
            return Task.FromResult(true);
        }
    }

    private void DropPending(long subscriptionId, string reason)
    {
        foreach (var delivery in _deliveries.Where(d => d.SubscriptionId == subscriptionId && d.Status == DeliveryStatus.Pending))
        {
            delivery.Status = DeliveryStatus.Dropped;
            delivery.LastError = reason;
            delivery.LeaseOwner = null;
            delivery.LeaseUntil = null;
        }
    }

    internal sealed class DeliveryRow
    {
        public long Id { get; init; }

        public long NoticeId { get; init; }

        public long SubscriptionId { get; set; }

        public DeliveryStatus Status { get; set; }

        public int Attempts { get; set; }

        public DateTimeOffset NextAttemptAt { get; set; }

        public DateTimeOffset? SentAt { get; set; }

        public string? LeaseOwner { get; set; }

        public DateTimeOffset? LeaseUntil { get; set; }

        public string? LastError { get; set; }

        /// <summary>A dispatcher started sending it and has not recorded the outcome yet.</summary>
        public bool SendStarted { get; set; }
    }

    private sealed class HostHold(InMemoryNoticeStore store, string hostId) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            lock (store._gate)
            {
                store._heldHosts.Remove(hostId);
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class SubscriptionRow
    {
        public long Id { get; init; }

        public required string Platform { get; init; }

        public required string ChatId { get; set; }

        public bool IsGroup { get; set; }

        public bool Active { get; set; } = true;

        public string? Reason { get; set; }

        public IReadOnlyList<string> Topics { get; set; } = [];

        public Subscription ToSubscription() => new(Id, Platform, ChatId, IsGroup, Topics, Active) { DeactivatedReason = Reason };
    }
}
