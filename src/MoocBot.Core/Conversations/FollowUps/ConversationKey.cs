namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>Whose context: one per user in each chat, so two people in a group keep their own.</summary>
/// <param name="Platform">"telegram", "discord" or "console".</param>
/// <param name="ChatId">The chat.</param>
/// <param name="UserId">The user in that chat.</param>
public readonly record struct ConversationKey(string Platform, string ChatId, string UserId)
{
    /// <summary>The key of the sender of <paramref name="message"/> in its chat.</summary>
    public static ConversationKey Of(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ConversationKey(message.Platform, message.ChatId, message.UserId);
    }
}
