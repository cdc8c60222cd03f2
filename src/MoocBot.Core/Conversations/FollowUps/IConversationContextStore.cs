namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>
/// Keeps each user's <see cref="ConversationContext"/> per chat: in memory on one host (<see cref="InMemoryConversationContextStore"/>),
/// or in the database when several hosts answer the same chats (MoocBot.Storage).
/// </summary>
public interface IConversationContextStore
{
    /// <summary>The context of <paramref name="key"/>, or null when there is none asked at or after <paramref name="notBefore"/>.</summary>
    Task<ConversationContext?> FindAsync(ConversationKey key, DateTimeOffset notBefore, CancellationToken cancellationToken);

    /// <summary>Replaces the context of <paramref name="key"/>; contexts asked before <paramref name="expiredBefore"/> may be dropped meanwhile.</summary>
    Task SaveAsync(ConversationKey key, ConversationContext context, DateTimeOffset expiredBefore, CancellationToken cancellationToken);

    /// <summary>Drops the context of <paramref name="key"/> (/start, /help, a question that was not answered).</summary>
    Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken);
}
