namespace MoocBot.Core.Conversations;

/// <summary>A message from any platform, mapped by its adapter.</summary>
/// <param name="Platform">"telegram", "discord" or "console".</param>
/// <param name="ChatId">The chat (or channel) it came from; replies and subscriptions key on it.</param>
/// <param name="UserId">Who sent it.</param>
/// <param name="Text">The text, with any leading mention of the bot removed by the adapter.</param>
/// <param name="IsGroup">True in groups and server channels, false in private chats and DMs.</param>
/// <param name="MentionsBot">True when the message addresses the bot (a mention or a reply to it).</param>
public sealed record ChatMessage(
    string Platform,
    string ChatId,
    string UserId,
    string Text,
    bool IsGroup,
    bool MentionsBot)
{
    /// <summary>The bot's user name on the platform, so "/help@ThatBot" is recognised as ours.</summary>
    public string? BotUserName { get; init; }

    /// <summary>True when the adapter knows the sender may manage the chat (Discord: Manage Server).</summary>
    public bool? SenderIsAdmin { get; init; }

    /// <summary>The sender's language as the platform reports it (Telegram's language_code, Discord's locale), if any.</summary>
    public string? LanguageHint { get; init; }
}
