namespace MoocBot.Core.Conversations;

/// <summary>Keeps each chat's /language choice (MoocBot.Storage keeps it in SQLite or PostgreSQL).</summary>
public interface IChatLanguageStore
{
    /// <summary>The chat's choice, <see cref="ChatLanguage.Auto"/> when it never made one.</summary>
    Task<ChatLanguage> FindLanguageAsync(string platform, string chatId, CancellationToken cancellationToken);

    /// <summary>Records the chat's choice.</summary>
    Task SetLanguageAsync(string platform, string chatId, ChatLanguage language, DateTimeOffset now, CancellationToken cancellationToken);
}
