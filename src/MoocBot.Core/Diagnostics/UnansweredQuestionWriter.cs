using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Diagnostics;

/// <summary>
/// Stores the queued unanswered questions in batches and deletes those past their retention, hourly. A store
/// failure loses that batch and is logged; it never reaches a reply. Retention runs even when the log is off,
/// so turning it off still lets old questions age out.
/// </summary>
internal sealed class UnansweredQuestionWriter(
    UnansweredQuestions queue,
    IUnansweredQuestionLog log,
    IOptions<UnansweredLogOptions> options,
    TimeProvider timeProvider,
    ILogger<UnansweredQuestionWriter> logger) : BackgroundService
{
    public const int BatchSize = 100;
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);
    public static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(10);

    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    /// <summary>
    /// Opens the queue while the host starts, not later in <see cref="ExecuteAsync"/>: hosted services start in order,
    /// so the platforms and the console chat, added after storage, never answer a question before the log takes it.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            queue.Start();
            Log.UnansweredLogOn(logger, options.Value.RetentionDays);
        }

        return base.StartAsync(cancellationToken);
    }

    /// <summary>
    /// Writes what is still queued once the loop has ended. Here rather than at the end of <see cref="ExecuteAsync"/>,
    /// which never runs at all when the host stops before the thread pool got to it.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Stop();
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            await WriteQueuedAsync();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await RunOnceAsync(stoppingToken);
                await WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Writes what is queued and, when due, deletes the questions past their retention.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await WriteQueuedAsync();
        var now = timeProvider.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now + PurgeInterval;
        try
        {
            var deleted = await log.DeleteBeforeAsync(now - TimeSpan.FromDays(options.Value.RetentionDays), cancellationToken);
            if (deleted > 0)
            {
                Log.UnansweredPurged(logger, deleted, options.Value.RetentionDays);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.UnansweredPurgeFailed(logger, ex);
        }
    }

    /// <summary>
    /// Writes every queued question. Not cancelled by the host stopping (a batch taken from the queue is written, not
    /// lost), only by <see cref="WriteTimeout"/> per batch, so a hung store cannot hold the stop for long.
    /// </summary>
    private async Task WriteQueuedAsync()
    {
        var batch = new List<UnansweredQuestion>(BatchSize);
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && queue.Reader.TryRead(out var pending))
            {
                batch.Add(UnansweredQuestion.Create(pending.Platform, pending.Text, pending.AskedAt, options.Value.MaxTextLength));
            }

            if (queue.TakeDropped() is var dropped and > 0)
            {
                Log.UnansweredDropped(logger, dropped);
            }

            if (batch.Count == 0)
            {
                return;
            }

            using var timeout = new CancellationTokenSource(WriteTimeout, timeProvider);
            try
            {
                await log.AddAsync(batch, timeout.Token);
            }
            catch (Exception ex)
            {
                // Losing a few logged questions is better than holding replies or memory for them.
                Log.UnansweredWriteFailed(logger, batch.Count, ex);
                if (ex is OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        var untilPurge = _nextPurge - timeProvider.GetUtcNow();
        if (untilPurge <= TimeSpan.Zero)
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var purgeDue = Task.Delay(untilPurge, timeProvider, wake.Token);
        var queued = queue.Reader.WaitToReadAsync(wake.Token).AsTask();
        await Task.WhenAny(purgeDue, queued);
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }
}
