using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Settings;
using MoocBot.Core.Notices;

namespace MoocBot.Storage;

/// <summary>Adds the store for subscriptions and notices to a host.</summary>
public static class StorageHostApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the configured store (section "Storage": SQLite by default, PostgreSQL with Provider=Postgres) as the
    /// <see cref="INoticeStore"/>, <see cref="IUnansweredQuestionLog"/>, <see cref="IStoreProbe"/>, the chats' reply
    /// languages and (on PostgreSQL) the conversation contexts, and its migrations at start-up. What uses the store (notices, the unanswered-question log) is added by the host.
    /// </summary>
    public static IHostApplicationBuilder AddMoocBotStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddMoocBotSettings<StorageOptions, StorageOptionsValidator>(builder.Configuration, StorageOptions.SectionName);

        services.TryAddSingleton<IMigratingStore>(sp => CreateStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton(sp => (INoticeStore)sp.GetRequiredService<IMigratingStore>());
        services.TryAddSingleton(sp => (IUnansweredQuestionLog)sp.GetRequiredService<IMigratingStore>());
        services.TryAddSingleton(sp => (IStoreProbe)sp.GetRequiredService<IMigratingStore>());

        // Every message reads its chat's /language choice: kept in memory, read again after Conversations:LanguageCacheExpiry
        // so that a choice made through another host sharing the database is seen.
        services.TryAddSingleton<IChatLanguageStore>(sp => new CachedChatLanguageStore(
            (IChatLanguageStore)sp.GetRequiredService<IMigratingStore>(),
            sp.GetRequiredService<IOptions<ConversationOptions>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));

        // PostgreSQL serves several hosts, so conversation contexts are kept where each sees them; SQLite serves one host,
        // which keeps them in memory, bounded and expiring (Conversations:MaxInMemory, Conversations:FollowUpWindow).
        services.Replace(ServiceDescriptor.Singleton<IConversationContextStore>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres
                ? (IConversationContextStore)sp.GetRequiredService<IMigratingStore>()
                : sp.GetService<InMemoryConversationContextStore>() ?? ActivatorUtilities.CreateInstance<InMemoryConversationContextStore>(sp)));

        // Added before what uses the store, so the schema is ready before they start.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageMigrationService>());
        return builder;
    }

    /// <summary>
    /// Keeps conversation contexts in the database whatever the provider, for a process that answers one question and
    /// exits (<c>ask --chat</c>): the next process reads the context the last one kept. Call after <see cref="AddMoocBotStorage"/>.
    /// </summary>
    public static IServiceCollection KeepConversationsInStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.Replace(ServiceDescriptor.Singleton(sp => (IConversationContextStore)sp.GetRequiredService<IMigratingStore>()));
    }

    internal static IMigratingStore CreateStore(StorageOptions options) => options.Provider switch
    {
        StorageProvider.Postgres => CreatePostgresStore(options.ConnectionString!),
        _ => new SqliteNoticeStore(SqliteNoticeStore.ConnectionStringFor(options.ConnectionString)),
    };

    // Its own method, so that a bot on SQLite never loads Npgsql (README, issue 11).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PostgresNoticeStore CreatePostgresStore(string connectionString) => new(connectionString);
}
