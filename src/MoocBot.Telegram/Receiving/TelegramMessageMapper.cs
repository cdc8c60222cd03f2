using System.Globalization;
using System.Text;
using MoocBot.Core.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Telegram.Receiving;

/// <summary>Maps a Telegram message to the platform-neutral <see cref="ChatMessage"/>.</summary>
internal static class TelegramMessageMapper
{
    /// <summary>False for messages the bot never answers: no text, sent by a bot, or posted through this bot's inline mode.</summary>
    public static bool TryMap(Message message, User bot, out ChatMessage chatMessage)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(bot);
        chatMessage = null!;
        // A message on behalf of a chat (an anonymous admin, a channel) comes "from" Telegram's helper bot, so only senders of their own count as bots.
        var fromBot = message.From is { IsBot: true } && message.SenderChat is null;
        if (message.Text is not { } text || fromBot || message.ViaBot?.Id == bot.Id)
        {
            return false;
        }

        var isGroup = IsGroup(message.Chat);
        var (cleaned, mentioned) = RemoveMentions(text, message.Entities, bot);
        var repliesToBot = message.ReplyToMessage?.From?.Id == bot.Id;
        var sender = message.From?.Id ?? message.SenderChat?.Id ?? message.Chat.Id;
        chatMessage = new ChatMessage(
            TelegramPlatform.Name,
            Id(message.Chat.Id),
            Id(sender),
            cleaned,
            isGroup,
            isGroup && (mentioned || repliesToBot))
        {
            BotUserName = bot.Username,
            LanguageHint = message.From?.LanguageCode,

            // An anonymous group administrator posts as the group itself.
            SenderIsAdmin = message.SenderChat is { } senderChat && senderChat.Id == message.Chat.Id ? true : null,
        };
        return true;
    }

    public static bool IsGroup(Chat chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return chat.Type is ChatType.Group or ChatType.Supergroup or ChatType.Channel;
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Removes every mention of the bot (@name, or a text mention of its user) and says whether there was one.</summary>
    internal static (string Text, bool Mentioned) RemoveMentions(string text, MessageEntity[]? entities, User bot)
    {
        var name = bot.Username is { Length: > 0 } userName ? "@" + userName : null;
        var ranges = new List<(int Start, int Length)>();
        if (entities is { Length: > 0 })
        {
            foreach (var entity in entities)
            {
                if (entity.Offset < 0 || entity.Length <= 0 || entity.Offset + entity.Length > text.Length)
                {
                    continue;
                }

                var isBot = entity.Type switch
                {
                    MessageEntityType.Mention => name is not null && string.Equals(text.Substring(entity.Offset, entity.Length), name, StringComparison.OrdinalIgnoreCase),
                    MessageEntityType.TextMention => entity.User?.Id == bot.Id,
                    _ => false,
                };
                if (isBot)
                {
                    ranges.Add((entity.Offset, entity.Length));
                }
            }
        }
        else if (name is not null)
        {
            // Without entities (some clients, forwarded text), find "@name" as a whole word.
            for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + name.Length;
                var startsWord = at == 0 || !IsNameChar(text[at - 1]);
                var endsWord = end == text.Length || !IsNameChar(text[end]);
                if (startsWord && endsWord)
                {
                    ranges.Add((at, name.Length));
                }
            }
        }

        if (ranges.Count == 0)
        {
            return (text, false);
        }

        var builder = new StringBuilder(text);
        foreach (var (start, length) in ranges.OrderByDescending(r => r.Start))
        {
            builder.Remove(start, length).Insert(start, ' ');
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (cleaned.TrimStart(',', ':', ';').TrimStart(), true);
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
