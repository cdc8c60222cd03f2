using Microsoft.Extensions.Logging;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>
/// Publishes a repository version: compares it with the last published one and writes one notice per
/// changed topic, with a delivery for each subscribed chat, to the outbox in one transaction.
/// </summary>
public sealed class FactPublisher
{
    private readonly INoticeStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FactPublisher> _logger;
    private readonly NoticeWakeup? _wakeup;

    /// <summary>Creates a publisher over the store.</summary>
    public FactPublisher(INoticeStore store, TimeProvider timeProvider, ILogger<FactPublisher> logger)
        : this(store, timeProvider, logger, null)
    {
    }

    internal FactPublisher(INoticeStore store, TimeProvider timeProvider, ILogger<FactPublisher> logger, NoticeWakeup? wakeup)
    {
        _store = store;
        _timeProvider = timeProvider;
        _logger = logger;
        _wakeup = wakeup;
    }

    /// <summary>
    /// Publishes <paramref name="repository"/>. The first publish of a fresh install records the version and
    /// sends nothing; publishing the version published last does nothing and says when and by whom it was published.
    /// </summary>
    /// <param name="repository">The version to publish.</param>
    /// <param name="publishedBy">Who publishes it (<see cref="Publishers"/>), recorded with the version.</param>
    /// <param name="cancellationToken">Stops waiting for the store.</param>
    public async Task<PublishSummary> PublishAsync(FactRepository repository, string publishedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrWhiteSpace(publishedBy);
        var last = await _store.FindLastPublishedAsync(cancellationToken);
        var now = _timeProvider.GetUtcNow();
        var snapshot = FactSnapshot.Serialize(repository);
        var empty = FactDiff.Compare(repository, repository);

        if (last is null)
        {
            var first = await _store.PublishAsync(new PublishRequest(repository.Version, snapshot, null, [], now, publishedBy), cancellationToken);
            var firstSummary = new PublishSummary(first is null ? PublishStatus.PublishedElsewhere : PublishStatus.FirstVersion, repository.Version, null, empty, 0, 0);
            Log.FactsPublished(_logger, firstSummary);
            return firstSummary;
        }

        if (string.Equals(last.Version, repository.Version, StringComparison.Ordinal))
        {
            return new PublishSummary(PublishStatus.Unchanged, repository.Version, last.Version, empty, 0, 0) { Earlier = last };
        }

        var diff = FactDiff.Compare(FactSnapshot.Deserialize(last.Snapshot), repository);
        var notices = NoticeComposer.Compose(diff, repository);
        var record = await _store.PublishAsync(new PublishRequest(repository.Version, snapshot, last.Id, notices, now, publishedBy), cancellationToken);
        var summary = record is null
            ? new PublishSummary(PublishStatus.PublishedElsewhere, repository.Version, last.Version, diff, 0, 0)
            : new PublishSummary(PublishStatus.Published, repository.Version, last.Version, diff, record.Notices, record.Deliveries);
        Log.FactsPublished(_logger, summary);
        if (summary.Deliveries > 0)
        {
            _wakeup?.Notify();
        }

        return summary;
    }
}
