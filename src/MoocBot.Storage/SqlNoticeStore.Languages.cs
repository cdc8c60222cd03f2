using MoocBot.Core.Conversations;

namespace MoocBot.Storage;

/// <summary>Each chat's /language choice: one row a chat that made one; no row is auto.</summary>
internal abstract partial class SqlNoticeStore : IChatLanguageStore
{
    public async Task<ChatLanguage> FindLanguageAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var code = await connection.Sql("SELECT language FROM chat_languages WHERE platform = @platform AND chat_id = @chat")
            .With("@platform", platform).With("@chat", chatId).ExecuteScalarAsync(cancellationToken);
        return code is string text && ChatLanguages.TryParse(text, out var language) ? language : ChatLanguage.Auto;
    }

    public async Task SetLanguageAsync(string platform, string chatId, ChatLanguage language, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (language == ChatLanguage.Auto)
        {
            await connection.Sql("DELETE FROM chat_languages WHERE platform = @platform AND chat_id = @chat")
                .With("@platform", platform).With("@chat", chatId).ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await connection.Sql("""
            INSERT INTO chat_languages (platform, chat_id, language, updated_at) VALUES (@platform, @chat, @language, @at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at
            """).With("@platform", platform).With("@chat", chatId).With("@language", ChatLanguages.Code(language)).With("@at", Timestamp(now))
            .ExecuteNonQueryAsync(cancellationToken);
    }
}
