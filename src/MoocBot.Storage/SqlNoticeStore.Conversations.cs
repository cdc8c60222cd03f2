using MoocBot.Core.Conversations.FollowUps;

namespace MoocBot.Storage;

/// <summary>
/// Each user's conversation context per chat, one row each, where every host sees it (the next message of a chat
/// may reach another host behind a load balancer). Expired rows go as contexts are saved.
/// </summary>
internal abstract partial class SqlNoticeStore : IConversationContextStore
{
    public async Task<ConversationContext?> FindAsync(ConversationKey key, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.Sql("""
            SELECT question, measure_id, topic, time_asked, asked_at FROM conversation_contexts
            WHERE platform = @platform AND chat_id = @chat AND user_id = @user AND asked_at >= @since
            """).With("@platform", key.Platform).With("@chat", key.ChatId).With("@user", key.UserId).With("@since", Timestamp(notBefore))
            .ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ConversationContext(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), ReadTimestamp(reader, 4))
            : null;
    }

    public async Task SaveAsync(ConversationKey key, ConversationContext context, DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.Sql("""
            INSERT INTO conversation_contexts (platform, chat_id, user_id, question, measure_id, topic, time_asked, asked_at)
            VALUES (@platform, @chat, @user, @question, @measure, @topic, @time, @at)
            ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET question = excluded.question, measure_id = excluded.measure_id,
                topic = excluded.topic, time_asked = excluded.time_asked, asked_at = excluded.asked_at
            """).With("@platform", key.Platform).With("@chat", key.ChatId).With("@user", key.UserId).With("@question", context.Question)
            .With("@measure", context.MeasureId).With("@topic", context.Topic).With("@time", context.Time).With("@at", Timestamp(context.AskedAt))
            .ExecuteNonQueryAsync(cancellationToken);
        await connection.Sql("DELETE FROM conversation_contexts WHERE asked_at < @expired")
            .With("@expired", Timestamp(expiredBefore)).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.Sql("DELETE FROM conversation_contexts WHERE platform = @platform AND chat_id = @chat AND user_id = @user")
            .With("@platform", key.Platform).With("@chat", key.ChatId).With("@user", key.UserId).ExecuteNonQueryAsync(cancellationToken);
    }
}
