using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace MoocBot.Telegram.Receiving;

/// <summary>Polling mode: removes any webhook, then long-polls getUpdates and hands each update to the dispatcher.</summary>
internal sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramBotSetup setup,
    UpdateDispatcher dispatcher,
    TelegramDelays delays,
    BotHealth health,
    MoocBotMetrics metrics,
    TimeProvider timeProvider,
    IOptions<TelegramOptions> options,
    ILogger<TelegramPollingService> logger) : TelegramReceiver(setup, dispatcher)
{
    private const int MaxUpdatesPerPoll = 100;
    private int? _offset;
    private int _failures;

    protected override async Task ReceiveAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = await PollOnceAsync(stoppingToken);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, stoppingToken);
            }
        }
    }

    /// <summary>One getUpdates round; returns how long to wait before the next (zero after a good one).</summary>
    internal async Task<TimeSpan> PollOnceAsync(CancellationToken cancellationToken)
    {
        JsonElement[] updates;
        var deadline = TimeSpan.FromSeconds(delays.LongPollSeconds) + options.Value.PollTimeoutMargin;
        using var timeout = new CancellationTokenSource(deadline, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var request = new RawGetUpdatesRequest
            {
                Offset = _offset,
                Limit = MaxUpdatesPerPoll,
                Timeout = delays.LongPollSeconds,
                AllowedUpdates = TelegramBotSetup.AllowedUpdates,
            };
            updates = await client.SendRequest(request, linked.Token);
        }
        catch (Exception ex) when ((ex is OperationCanceledException or RequestException) && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // A poll is only a read, so abandoning it loses nothing: the updates it would have brought come with the next one.
            var wait = delays.Backoff(++_failures);
            var error = $"getUpdates got no answer within {deadline}";
            health.Failed(TelegramHealth.Poll, error);
            Log.PollingFailed(logger, error, _failures, wait);
            return wait;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 409)
        {
            _failures++;
            var wait = delays.ConflictBackoff;
            health.Failed(TelegramHealth.Poll, "409 Conflict: another instance is polling, or a webhook is set");
            Log.PollingConflict(logger, ex.Message, wait);
            return wait;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 429)
        {
            var wait = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
            health.Failed(TelegramHealth.Poll, "429 Too Many Requests");
            metrics.RateLimited(TelegramPlatform.Name);
            Log.PollingRateLimited(logger, wait);
            return wait;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            health.Failed(TelegramHealth.Poll, $"{ex.ErrorCode}: Telegram rejected Telegram:BotToken");
            Log.TokenRejected(logger, ex.ErrorCode, delays.MaxBackoff);
            return delays.MaxBackoff;
        }
        catch (RequestException ex)
        {
            var wait = delays.Backoff(++_failures);
            var error = TelegramFailure.Describe(ex);
            health.Failed(TelegramHealth.Poll, error);
            if (TelegramFailure.IsTransient(ex))
            {
                Log.PollingFailed(logger, error, _failures, wait);
            }
            else
            {
                Log.PollingFailedUnexpectedly(logger, _failures, wait, ex);
            }

            return wait;
        }

        health.Succeeded(TelegramHealth.Poll);
        if (_failures > 0)
        {
            Log.PollingRecovered(logger, _failures);
            _failures = 0;
        }

        foreach (var element in updates)
        {
            var update = TelegramUpdateReader.Read(element, out var updateId, out var error);
            if (update is null)
            {
                // Confirmed like any other update: Telegram would send it again, and the same failure would follow.
                Log.UpdateUnreadable(logger, updateId, error);
            }
            else
            {
                await Dispatcher.DispatchAsync(update, cancellationToken);
            }

            if (updateId is { } id)
            {
                _offset = Math.Max(_offset ?? 0, id + 1);
            }
        }

        return TimeSpan.Zero;
    }
}
