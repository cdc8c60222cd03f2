using System.Buffers;
using System.Globalization;
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
        var userName = bot.Username is { Length: > 0 } name ? name : null;
        char[]? rented = null;
        var blanked = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        try
        {
            text.CopyTo(blanked);
            var mentioned = false;
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
                        MessageEntityType.Mention => userName is not null && IsMentionOf(text.AsSpan(entity.Offset, entity.Length), userName),
                        MessageEntityType.TextMention => entity.User?.Id == bot.Id,
                        _ => false,
                    };
                    if (isBot)
                    {
                        blanked.Slice(entity.Offset, entity.Length).Fill(' ');
                        mentioned = true;
                    }
                }
            }
            else if (userName is not null)
            {
                // Without entities (some clients, forwarded text), find "@name" as a whole word.
                var at = text.IndexOf('@', StringComparison.Ordinal);
                while (at >= 0)
                {
                    var next = at + 1;
                    if (text.AsSpan(next).StartsWith(userName, StringComparison.OrdinalIgnoreCase))
                    {
                        next += userName.Length;
                        var startsWord = at == 0 || !IsNameChar(text[at - 1]);
                        var endsWord = next == text.Length || !IsNameChar(text[next]);
                        if (startsWord && endsWord)
                        {
                            blanked[at..next].Fill(' ');
                            mentioned = true;
                        }
                    }

                    at = next < text.Length ? text.IndexOf('@', next) : -1;
                }
            }

            if (!mentioned)
            {
                return (text, false);
            }

            // Each mention leaves a gap: runs of spaces fold into one, and the text starts after any ",", ":" or ";" it left behind.
            var length = 0;
            foreach (var character in blanked)
            {
                if (character != ' ' || (length > 0 && blanked[length - 1] != ' '))
                {
                    blanked[length++] = character;
                }
            }

            var cleaned = blanked[..length].TrimEnd(' ').TrimStart(",:;").TrimStart();
            return (new string(cleaned), true);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>True when <paramref name="mention"/> is "@" and the bot's user name, in any case.</summary>
    private static bool IsMentionOf(ReadOnlySpan<char> mention, string userName) =>
        mention.Length == userName.Length + 1 && mention[0] == '@' && mention[1..].Equals(userName, StringComparison.OrdinalIgnoreCase);

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
