using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;

namespace MoocBot.Telegram.Sending;

/// <summary>Delivers notices to Telegram chats: one attempt per call, the outcome tells the dispatcher what to do next.</summary>
internal sealed class TelegramChatSender(TelegramReplySender sender) : IChatSender
{
    public string Platform => TelegramPlatform.Name;

    public Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken) =>
        sender.SendOnceAsync(chatId, reply, cancellationToken);
}
