using System.Globalization;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Telegram.Sending;

/// <summary>A Telegram chat's administrators: its owner (creator) and administrators; in a private chat, the user.</summary>
internal sealed class TelegramChatAdministrators(ITelegramBotClient client, ILogger<TelegramChatAdministrators> logger) : IChatAdministrators
{
    public string Platform => TelegramPlatform.Name;

    public async Task<bool> IsAdministratorAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.SenderIsAdmin is { } known)
        {
            return known;
        }

        if (!message.IsGroup)
        {
            return true;
        }

        if (!long.TryParse(message.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)
            || !long.TryParse(message.UserId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var userId))
        {
            return false;
        }

        try
        {
            var member = await client.GetChatMember(chatId, userId, cancellationToken);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
        }
        catch (RequestException ex)
        {
            Log.AdminCheckFailed(logger, message.ChatId, ex);
            return false;
        }
    }
}
