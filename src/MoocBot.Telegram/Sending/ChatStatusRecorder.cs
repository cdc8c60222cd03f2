using Microsoft.Extensions.Logging;
using MoocBot.Core.Notices;

namespace MoocBot.Telegram.Sending;

/// <summary>
/// Writes what a reply learned about a chat into the subscriptions, when a notice store is configured:
/// a chat that blocked or removed the bot stops getting notices, and a group that became a supergroup
/// keeps its subscription under the new id. Notices themselves report these through <see cref="SendResult"/>.
/// </summary>
internal sealed class ChatStatusRecorder(IEnumerable<INoticeStore> stores, TimeProvider timeProvider, ILogger<ChatStatusRecorder> logger)
{
    private readonly INoticeStore? _store = stores.FirstOrDefault();

    public async Task ChatGoneAsync(string chatId, string reason, CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            return;
        }

        try
        {
            if (await _store.FindSubscriptionAsync(TelegramPlatform.Name, chatId, cancellationToken) is { Active: true } subscription)
            {
                await _store.DeactivateAsync(subscription.Id, reason, timeProvider.GetUtcNow(), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ChatStatusNotRecorded(logger, chatId, ex);
        }
    }

    public async Task ChatMigratedAsync(string chatId, string newChatId, CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            return;
        }

        try
        {
            if (await _store.FindSubscriptionAsync(TelegramPlatform.Name, chatId, cancellationToken) is { } subscription)
            {
                await _store.MigrateChatAsync(subscription.Id, newChatId, timeProvider.GetUtcNow(), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ChatStatusNotRecorded(logger, chatId, ex);
        }
    }
}
