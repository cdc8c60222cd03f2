using System.Globalization;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;
using Telegram.Bot.Types;

namespace MoocBot.Telegram.Receiving;

/// <summary>
/// Runs update handlers in the background: at most <see cref="TelegramOptions.MaxConcurrentUpdates"/> at once,
/// in order within one chat, each repeated update id once. A failing update is logged and never stops the rest.
/// </summary>
internal sealed class UpdateDispatcher : IDisposable
{
    private readonly Func<Update, CancellationToken, Task> _handle;
    private readonly ILogger<UpdateDispatcher> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly RecentUpdateIds _recent = new();
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();

    public UpdateDispatcher(Func<Update, CancellationToken, Task> handle, int maxConcurrentUpdates, ILogger<UpdateDispatcher> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrentUpdates, 1);
        _handle = handle;
        _logger = logger;
        _slots = new SemaphoreSlim(maxConcurrentUpdates);
    }

    /// <summary>Queues an update; waits only while every slot is busy. False when the update was seen before.</summary>
    public async ValueTask<bool> DispatchAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!_recent.TryAdd(update.Id))
        {
            Log.DuplicateUpdate(_logger, update.Id);
            return false;
        }

        await _slots.WaitAsync(cancellationToken);
        var key = OrderKey(update);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (_lock)
        {
            previous = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            _tails[key] = done.Task;
        }

        _ = Task.Run(() => RunAsync(update, key, previous, done), CancellationToken.None);
        return true;
    }

    /// <summary>Waits for the updates in hand; when <paramref name="cancellationToken"/> fires first, cancels them.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_lock)
        {
            pending = [.. _tails.Values];
        }

        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Log.DrainTimedOut(_logger, pending.Count(t => !t.IsCompleted));
            await _stopping.CancelAsync();
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _slots.Dispose();
    }

    /// <summary>Updates of one chat run in order; inline queries of one user too.</summary>
    internal static string OrderKey(Update update) => update switch
    {
        { Message.Chat.Id: var chat } => "c" + TelegramMessageMapper.Id(chat),
        { ChannelPost.Chat.Id: var chat } => "c" + TelegramMessageMapper.Id(chat),
        { CallbackQuery.Message.Chat.Id: var chat } => "c" + TelegramMessageMapper.Id(chat),
        { CallbackQuery.From.Id: var user } => "u" + TelegramMessageMapper.Id(user),
        { InlineQuery.From.Id: var user } => "u" + TelegramMessageMapper.Id(user),
        _ => "update",
    };

    private async Task RunAsync(Update update, string key, Task previous, TaskCompletionSource done)
    {
        try
        {
            await previous;
            await _handle(update, _stopping.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_stopping.IsCancellationRequested)
        {
            ChatLog.AnswerFailed(_logger, TelegramPlatform.Name, "update " + update.Id.ToString(CultureInfo.InvariantCulture), ex);
        }
        catch (OperationCanceledException)
        {
            Log.UpdateCancelled(_logger, update.Id);
        }
        finally
        {
            lock (_lock)
            {
                if (_tails.TryGetValue(key, out var tail) && tail == done.Task)
                {
                    _tails.Remove(key);
                }
            }

            _slots.Release();
            done.SetResult();
        }
    }
}
