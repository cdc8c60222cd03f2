using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Notices;

/// <summary>
/// Delivers the outbox: claims due deliveries, sends each through its platform's <see cref="IChatSender"/>
/// within that platform's limits, and records each outcome. Just before each group of sends it asks the store which
/// are still to go (the chat still follows the notice's topic, the lease still holds), so an unsubscribe stops every
/// send not yet started. A delivery is marked sent as soon as the platform accepted it, while its lease still holds;
/// a send once started is always recorded, even when the host is stopping. Its leases carry its host's id
/// (<see cref="NoticesOptions.HostId"/>): restarted after a crash, the host takes back at once what its dead run held.
/// </summary>
internal sealed class NoticeDispatcher : BackgroundService, IAsyncDisposable
{
    /// <summary>The component reported to <see cref="BotHealth"/>.</summary>
    public const string HealthComponent = "notices.send";

    private readonly INoticeStore _store;
    private readonly Dictionary<string, IChatSender> _senders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlatformLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly NoticesOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<NoticeDispatcher> _logger;
    private readonly NoticeWakeup _wakeup;
    private readonly MoocBotMetrics _metrics;
    private readonly BotHealth _health;
    private readonly List<ClaimedDelivery> _queue = [];
    private readonly Queue<(ClaimedDelivery Delivery, SendResult Result)> _outcomes = new();
    private readonly string[] _platforms;
    private IAsyncDisposable? _hostHold;
    private bool _hostReclaimed;
    private bool _hostInUseLogged;
    private DateTimeOffset _nextHoldAttempt = DateTimeOffset.MinValue;

    public NoticeDispatcher(
        INoticeStore store,
        IEnumerable<IChatSender> senders,
        IOptions<NoticesOptions> options,
        TimeProvider timeProvider,
        ILogger<NoticeDispatcher> logger,
        NoticeWakeup wakeup,
        MoocBotMetrics metrics,
        BotHealth health)
    {
        _store = store;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _wakeup = wakeup;
        _metrics = metrics;
        _health = health;
        foreach (var sender in senders)
        {
            _senders[sender.Platform] = sender;
            _limiters[sender.Platform] = new PlatformLimiter(_options.LimitsFor(sender.Platform));
        }

        _platforms = [.. _senders.Keys.Order(StringComparer.Ordinal)];
        HostId = Publishers.HostIdOf(_options);
        Owner = LeaseOwners.NewRun(HostId);
    }

    /// <summary>This host's name, the same on every start.</summary>
    internal string HostId { get; }

    /// <summary>Names this run's leases: the host's id and an id of this run, so no two runs share a lease.</summary>
    internal string Owner { get; }

    /// <summary>Deliveries claimed and not yet finished, including sends whose outcome is not recorded yet.</summary>
    internal int Queued => _queue.Count + _outcomes.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_platforms.Length == 0)
        {
            Log.NoSenders(_logger);
            return;
        }

        Log.DispatcherStarted(_logger, Owner, _platforms);
        try
        {
            while (true)
            {
                TimeSpan wait;
                try
                {
                    wait = await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    wait = _options.PollInterval;
                    Log.DispatchFailed(_logger, wait, ex);
                }

                await _wakeup.WaitAsync(wait, _timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            try
            {
                await ReleaseClaimsAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The leases run out by themselves; another host (or the next start) takes the deliveries then.
                Log.DispatchFailed(_logger, _options.Lease, ex);
            }

            await ReleaseHostAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseHostAsync();
        Dispose();
    }

    /// <summary>
    /// One pass: claims more deliveries when few are left, sends those the limits allow now, records the
    /// outcomes, and returns how long to wait before the next pass may do more.
    /// </summary>
    internal async Task<TimeSpan> RunOnceAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await RecordOutcomesAsync();
        await TakeOverHostAsync(cancellationToken);
        if (!_hostReclaimed)
        {
            // Another running process holds this host id. Were this one to claim, that process could take its claims back
            // as a dead run's and send them again; so it sends nothing until it holds the id (the other one stops or dies).
            return _options.PollInterval;
        }

        if (_queue.Count <= _options.BatchSize / 2)
        {
            var claimed = await _store.ClaimAsync(Owner, _platforms, _options.BatchSize - _queue.Count, _timeProvider.GetUtcNow(), _options.Lease, cancellationToken);
            _queue.AddRange(claimed);
        }

        var now = _timeProvider.GetUtcNow();
        await ReleaseExpiringAsync(now, cancellationToken);
        if (_queue.Count == 0)
        {
            return _options.PollInterval;
        }

        var wait = _options.PollInterval;
        var ready = new List<ClaimedDelivery>();
        var full = new HashSet<string>(StringComparer.Ordinal);
        foreach (var delivery in _queue)
        {
            if (ready.Count == _options.MaxConcurrentSends)
            {
                wait = TimeSpan.Zero;
                break;
            }

            if (full.Contains(delivery.Platform))
            {
                continue;
            }

            var limiter = _limiters[delivery.Platform];
            var delay = limiter.TryAcquire(delivery.ChatId, delivery.IsGroup, now);
            if (delay == TimeSpan.Zero)
            {
                ready.Add(delivery);
                continue;
            }

            wait = delay < wait ? delay : wait;
            if (limiter.OverallDelay(now) > TimeSpan.Zero)
            {
                full.Add(delivery.Platform);
            }
        }

        if (ready.Count == 0)
        {
            return wait;
        }

        // The claim may be minutes old: a chat that unsubscribed since (or that a racing publish wrote to after it left)
        // gets nothing, and a delivery no longer held here is not ours to send.
        var sendable = await _store.KeepSendableAsync([.. ready.Select(d => d.Id)], Owner, now, cancellationToken);
        var skipped = ready.Where(d => !sendable.Contains(d.Id)).ToList();
        if (skipped.Count > 0)
        {
            _queue.RemoveAll(skipped.Contains);
            ready.RemoveAll(skipped.Contains);
            Log.DeliveriesSkipped(_logger, skipped.Count);
        }

        cancellationToken.ThrowIfCancellationRequested();

        // From here on the sends are out: their outcomes are recorded whatever happens to the host.
        foreach (var (delivery, result, held) in await Task.WhenAll(ready.Select(SendAndRecordAsync)))
        {
            if (held is { } recorded)
            {
                RecordedSent(delivery, recorded);
            }
            else
            {
                _outcomes.Enqueue((delivery, result));
            }
        }

        await RecordOutcomesAsync();
        return TimeSpan.Zero;
    }

    /// <summary>Gives every claimed, unsent delivery back to the store so another host (or a restart) takes it at once.</summary>
    internal async Task ReleaseClaimsAsync(CancellationToken cancellationToken)
    {
        await RecordOutcomesAsync();
        if (_queue.Count == 0)
        {
            return;
        }

        var ids = _queue.Select(d => d.Id).ToList();
        _queue.Clear();
        await _store.ReleaseAsync(ids, Owner, cancellationToken);
    }

    /// <summary>
    /// Holds this host's id and, once held (no earlier run of this host is alive), takes back what earlier runs still held, so
    /// a host restarted after a crash goes on at once instead of waiting out its dead run's leases. While another running process
    /// uses the same id, its leases are left alone and the hold is tried again every poll interval.
    /// </summary>
    private async Task TakeOverHostAsync(CancellationToken cancellationToken)
    {
        if (_hostReclaimed)
        {
            return;
        }

        if (_hostHold is null)
        {
            var now = _timeProvider.GetUtcNow();
            if (now < _nextHoldAttempt)
            {
                return;
            }

            _nextHoldAttempt = now + _options.PollInterval;
            _hostHold = await _store.TryHoldHostAsync(HostId, cancellationToken);
            if (_hostHold is null)
            {
                if (!_hostInUseLogged)
                {
                    _hostInUseLogged = true;
                    Log.HostIdInUse(_logger, HostId);
                }

                return;
            }
        }

        var reclaimed = await _store.ReclaimHostAsync(HostId, Owner, cancellationToken);
        _hostReclaimed = true;
        if (reclaimed.Released > 0)
        {
            Log.HostResumed(_logger, HostId, reclaimed.Released, reclaimed.SendsCutOff);
        }
    }

    private async Task ReleaseHostAsync()
    {
        var hold = Interlocked.Exchange(ref _hostHold, null);
        if (hold is not null)
        {
            await hold.DisposeAsync();
        }
    }

    private async Task ReleaseExpiringAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A send is started only while two send timeouts of lease are left: one for the send, one for recording it.
        // So its record lands while the lease still holds, and no other host can claim it and send it again.
        var expiring = _queue.Where(d => d.LeaseUntil - now < NoticesOptions.LeaseMarginSends * _options.SendTimeout).ToList();
        if (expiring.Count == 0)
        {
            return;
        }

        _queue.RemoveAll(expiring.Contains);
        await _store.ReleaseAsync([.. expiring.Select(d => d.Id)], Owner, cancellationToken);
    }

    /// <summary>
    /// Sends one delivery and, once the platform accepted it, records it at once rather than after the slowest send of
    /// the batch. Held is whether this host still held it, or null when it is not recorded yet (not sent, or the store failed).
    /// </summary>
    private async Task<(ClaimedDelivery Delivery, SendResult Result, bool? Held)> SendAndRecordAsync(ClaimedDelivery delivery)
    {
        var (_, result) = await SendAsync(delivery);
        if (result.Outcome != SendOutcome.Sent)
        {
            return (delivery, result, null);
        }

        try
        {
            return (delivery, result, await _store.MarkSentAsync(delivery.Id, Owner, _timeProvider.GetUtcNow(), CancellationToken.None));
        }
        catch (Exception ex)
        {
            // Recorded again with the other outcomes of this pass, then on every pass until the store takes it; never sent again.
            Log.RecordSentFailed(_logger, delivery.Id, ex);
            return (delivery, result, null);
        }
    }

    private async Task<(ClaimedDelivery Delivery, SendResult Result)> SendAsync(ClaimedDelivery delivery)
    {
        using var timeout = new CancellationTokenSource(_options.SendTimeout, _timeProvider);
        try
        {
            return (delivery, await _senders[delivery.Platform].SendAsync(delivery.ChatId, delivery.Reply, timeout.Token));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return (delivery, new SendResult(SendOutcome.TransientFailure, Error: $"no answer within {_options.SendTimeout}"));
        }
        catch (Exception ex)
        {
            Log.SendThrew(_logger, delivery.Platform, ex);
            return (delivery, new SendResult(SendOutcome.TransientFailure, Error: ex.GetType().Name));
        }
    }

    /// <summary>Records the outcomes of finished sends; one the store could not take stays queued and is retried first on the next pass.</summary>
    private async Task RecordOutcomesAsync()
    {
        while (_outcomes.TryPeek(out var outcome))
        {
            await RecordAsync(outcome.Delivery, outcome.Result);
            _outcomes.Dequeue();
        }
    }

    private async Task RecordAsync(ClaimedDelivery delivery, SendResult result)
    {
        var now = _timeProvider.GetUtcNow();
        var none = CancellationToken.None;
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                RecordedSent(delivery, await _store.MarkSentAsync(delivery.Id, Owner, now, none));
                break;

            case SendOutcome.RateLimited:
                // Not an attempt: the delivery stays queued and goes once the pause is over.
                var retryAfter = result.RetryAfter is { } after && after > TimeSpan.Zero ? after : TimeSpan.FromSeconds(1);
                _limiters[delivery.Platform].Pause(now + retryAfter);
                Log.RateLimited(_logger, delivery.Platform, retryAfter);
                Counted(delivery, "retried");
                break;

            case SendOutcome.ChatGone:
                _queue.RemoveAll(d => d.SubscriptionId == delivery.SubscriptionId);
                await _store.DeactivateAsync(delivery.SubscriptionId, result.Error ?? "chat gone", now, none);
                Log.ChatGone(_logger, delivery.Platform, delivery.ChatId, result.Error ?? "chat gone");
                Counted(delivery, "failed");
                break;

            case SendOutcome.ChatMigrated when result.NewChatId is { Length: > 0 } newChatId:
                var moved = _queue.Where(d => d.SubscriptionId == delivery.SubscriptionId).Select(d => d.Id).ToList();
                _queue.RemoveAll(d => d.SubscriptionId == delivery.SubscriptionId);
                await _store.MigrateChatAsync(delivery.SubscriptionId, newChatId, now, none);
                await _store.ReleaseAsync(moved, Owner, none);
                Log.ChatMigrated(_logger, delivery.Platform, delivery.ChatId, newChatId);
                Counted(delivery, "retried");
                break;

            case SendOutcome.TransientFailure:
                _queue.Remove(delivery);
                var attempt = delivery.Attempts + 1;
                var error = result.Error ?? "transient failure";
                if (attempt >= _options.MaxAttempts)
                {
                    await _store.MarkFailedAsync(delivery.Id, Owner, error, now, none);
                    Log.DeliveryFailed(_logger, delivery.Id, delivery.Platform, delivery.ChatId, error);
                    Counted(delivery, "failed");
                }
                else
                {
                    var notBefore = now + Backoff(attempt);
                    await _store.RetryLaterAsync(delivery.Id, Owner, notBefore, error, none);
                    Log.DeliveryRetry(_logger, delivery.Id, delivery.Platform, delivery.ChatId, error, attempt, notBefore);
                    Counted(delivery, "retried");
                }

                _health.Failed(HealthComponent, $"{delivery.Platform}: {error}");
                break;

            default:
                _queue.Remove(delivery);
                var reason = result.Error ?? result.Outcome.ToString();
                await _store.MarkFailedAsync(delivery.Id, Owner, reason, now, none);
                Log.DeliveryFailed(_logger, delivery.Id, delivery.Platform, delivery.ChatId, reason);
                Counted(delivery, "failed");
                _health.Failed(HealthComponent, $"{delivery.Platform}: {reason}");
                break;
        }
    }

    private void RecordedSent(ClaimedDelivery delivery, bool held)
    {
        _queue.Remove(delivery);
        if (!held)
        {
            Log.LeaseLost(_logger, delivery.Id);
        }

        Counted(delivery, "sent");
        _health.Succeeded(HealthComponent);
    }

    // Counted once the outcome is recorded: an outcome the store could not take is recorded (and counted) on a later pass.
    private void Counted(ClaimedDelivery delivery, string outcome) => _metrics.Delivery(delivery.Platform, outcome);

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 30));
        return delay < _options.MaxRetryDelay ? delay : _options.MaxRetryDelay;
    }
}
