namespace MoocBot.Core.Notices;

/// <summary>
/// The durable side of subscriptions and notices: who is subscribed to what, which fact-repository
/// version was published last, and the outbox of notices with one delivery row per recipient.
/// MoocBot.Storage implements it over SQLite (one host) and PostgreSQL (several hosts).
/// </summary>
public interface INoticeStore
{
    /// <summary>The subscription of one chat, or null when the chat never subscribed.</summary>
    Task<Subscription?> FindSubscriptionAsync(string platform, string chatId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a chat's topics (creating the subscription when missing) and marks it active again;
    /// an empty set unsubscribes the chat and keeps the row for the record. The chat's pending deliveries of notices
    /// on topics it no longer follows are dropped (kept for the record); one whose send a dispatcher has already
    /// started may still go out, and is then recorded as sent.
    /// </summary>
    Task<Subscription> SetTopicsAsync(string platform, string chatId, bool isGroup, IReadOnlyCollection<string> topics, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks a subscription deactivated (the bot was blocked or removed) and drops its pending deliveries.</summary>
    Task DeactivateAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a subscription to the chat's new id (a Telegram group that became a supergroup); when the new
    /// id is already subscribed, the two are merged and no notice reaches the new chat twice.
    /// </summary>
    Task MigrateChatAsync(long subscriptionId, string newChatId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The last published fact-repository version, or null on a fresh install.</summary>
    Task<PublishedFacts?> FindLastPublishedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: records a published version, writes its notices, and adds one pending delivery
    /// per active subscription to each notice's topic or to "all". Returns null, writing nothing, when
    /// <see cref="PublishRequest.PreviousId"/> is no longer the last published version (another host published first).
    /// </summary>
    Task<PublishRecord?> PublishAsync(PublishRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> due pending deliveries on the given platforms to <paramref name="owner"/>
    /// until <paramref name="now"/> + <paramref name="lease"/>. A delivery leased to one owner is not handed to another
    /// until the lease runs out, even by concurrent hosts.
    /// </summary>
    Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string owner, IReadOnlyCollection<string> platforms, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Called just before sending: of the given deliveries leased to <paramref name="owner"/>, drops (for the record) those whose
    /// chat no longer follows the notice's topic or is deactivated, and returns the ids still pending and held, the only ones to send.
    /// This catches what the unsubscribe itself cannot: a delivery claimed before it, or one a publish racing it wrote.
    /// The returned deliveries are marked as being sent until their outcome is recorded or they are released, so after a crash
    /// <see cref="ReclaimHostAsync"/> can tell the sends that were under way from those never started.
    /// </summary>
    Task<IReadOnlySet<long>> KeepSendableAsync(IReadOnlyCollection<long> deliveryIds, string owner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the platform accepted a delivery, even one dropped by an unsubscribe while <paramref name="owner"/>
    /// held it; false when <paramref name="owner"/> no longer holds it.
    /// </summary>
    Task<bool> MarkSentAsync(long deliveryId, string owner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt and releases the delivery until <paramref name="notBefore"/>; false when <paramref name="owner"/> no longer holds it.</summary>
    Task<bool> RetryLaterAsync(long deliveryId, string owner, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken);

    /// <summary>Records that a delivery failed for good; false when <paramref name="owner"/> no longer holds it.</summary>
    Task<bool> MarkFailedAsync(long deliveryId, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives leased deliveries back unsent, so any host may claim them at once.</summary>
    Task ReleaseAsync(IReadOnlyCollection<long> deliveryIds, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// Holds <paramref name="hostId"/> for this process until the returned handle is disposed, or returns null while another
    /// running process holds it. The hold ends with the process however it ends (a kill included), so a restarted host gets it back.
    /// </summary>
    Task<IAsyncDisposable?> TryHoldHostAsync(string hostId, CancellationToken cancellationToken);

    /// <summary>
    /// Called by a host holding <paramref name="hostId"/> (so no earlier run of it is still alive): gives back at once the pending
    /// deliveries leased to any run of that host other than <paramref name="owner"/>, rather than letting them wait out their leases.
    /// </summary>
    Task<ReclaimedDeliveries> ReclaimHostAsync(string hostId, string owner, CancellationToken cancellationToken);

    /// <summary>How many deliveries are in each state.</summary>
    Task<DeliveryCounts> CountDeliveriesAsync(CancellationToken cancellationToken);
}
