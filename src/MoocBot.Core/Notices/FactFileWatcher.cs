using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>
/// Watches the facts file and the articles it names while the bot runs. A change is loaded once it has held
/// still for one <see cref="FactsOptions.WatchInterval"/> (editors write a file in several steps) and
/// checked like <c>facts check</c>. A version that fails is refused: the old one is still served, the problems
/// are logged and health is degraded. One that passes is served from the next message on and published like
/// <c>facts publish</c>, so subscribers get one notice per changed topic. The files are polled rather than
/// watched through the file system, which misses or splits events on network and container mounts.
/// </summary>
internal sealed class FactFileWatcher(
    CurrentFacts facts,
    FactPublisher publisher,
    IOptions<FactsOptions> options,
    IOptions<NoticesOptions> notices,
    TimeProvider timeProvider,
    ILogger<FactFileWatcher> logger) : BackgroundService
{
    private readonly string _path = options.Value.ResolvePath();
    private string _handled = facts.Repository.Version;
    private string? _settling;
    private FactRepository? _unpublished;
    private PeriodicTimer? _timer;

    /// <summary>Raised after each look the loop takes (tests wait on it instead of sleeping).</summary>
    internal event Action<FactWatchOutcome>? Checked;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Watch)
        {
            // Created here, not in ExecuteAsync (which may start later): time that passes after start counts.
            _timer = new PeriodicTimer(options.Value.WatchInterval, timeProvider);
            Log.WatchingFacts(logger, _path, options.Value.WatchInterval);
        }

        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_timer is null)
        {
            return;
        }

        try
        {
            while (await _timer.WaitForNextTickAsync(stoppingToken))
            {
                FactWatchOutcome outcome;
                try
                {
                    outcome = await CheckOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.FactWatchFailed(logger, _path, options.Value.WatchInterval, ex);
                    outcome = FactWatchOutcome.Unchanged;
                }

                Checked?.Invoke(outcome);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One look at the files: retries a publish that did not happen, then acts on a change that has held still.</summary>
    internal async Task<FactWatchOutcome> CheckOnceAsync(CancellationToken cancellationToken)
    {
        await PublishAsync(cancellationToken);
        var fingerprint = FactRepositoryLoader.Fingerprint(_path);
        if (fingerprint == _handled)
        {
            _settling = null;
            return FactWatchOutcome.Unchanged;
        }

        if (fingerprint != _settling)
        {
            _settling = fingerprint;
            return FactWatchOutcome.Settling;
        }

        _settling = null;
        _handled = fingerprint;
        return await ReloadAsync(cancellationToken);
    }

    private async Task<FactWatchOutcome> ReloadAsync(CancellationToken cancellationToken)
    {
        var served = facts.Repository;
        FactRepository? next = null;
        IReadOnlyList<string> problems;
        try
        {
            next = FactRepositoryLoader.Load(_path);
            problems = [.. FactChecker.Check(next).Select(p => p.Message)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            problems = [ex.Message];
        }

        if (next is null || problems.Count > 0)
        {
            var rejected = new RejectedFacts(timeProvider.GetUtcNow(), served.Version, problems);
            facts.Reject(rejected);
            Log.FactsRefused(logger, _path, served.Version, rejected.ToString());
            return FactWatchOutcome.Refused;
        }

        if (next.Version == served.Version)
        {
            facts.ClearRejected();
            return FactWatchOutcome.SameVersion;
        }

        facts.Replace(next);
        Log.FactsReloaded(logger, next.Version, next.Facts.Count, served.Version);
        _unpublished = next;
        await PublishAsync(cancellationToken);
        return FactWatchOutcome.Replaced;
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        if (_unpublished is not { } repository)
        {
            return;
        }

        try
        {
            var summary = await publisher.PublishAsync(repository, Publishers.RunningBot(Publishers.HostIdOf(notices.Value)), cancellationToken);

            // Another host published at the same moment: the next look publishes again, which finds this
            // version already published (nothing sent twice) or publishes it after the other host's.
            if (summary.Status != PublishStatus.PublishedElsewhere)
            {
                _unpublished = null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ReloadPublishFailed(logger, repository.Version, options.Value.WatchInterval, ex);
        }
    }
}
