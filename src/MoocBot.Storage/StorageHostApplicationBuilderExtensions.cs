using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Settings;
using MoocBot.Core.Notices;

namespace MoocBot.Storage;

/// <summary>Adds the store for subscriptions and notices to a host.</summary>
public static class StorageHostApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the configured store (section "Storage": SQLite by default, PostgreSQL with Provider=Postgres) as the
    /// <see cref="INoticeStore"/>, <see cref="IUnansweredQuestionLog"/>, <see cref="IStoreProbe"/> and the chats' reply
    /// languages, and its migrations at start-up. What uses the store (notices, the unanswered-question log) is added by the host.
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
        services.TryAddSingleton(sp => (IChatLanguageStore)sp.GetRequiredService<IMigratingStore>());

        // Added before what uses the store, so the schema is ready before they start.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageMigrationService>());
        return builder;
    }

    internal static IMigratingStore CreateStore(StorageOptions options) => options.Provider switch
    {
        StorageProvider.Postgres => new PostgresNoticeStore(options.ConnectionString!),
        _ => new SqliteNoticeStore(SqliteNoticeStore.ConnectionStringFor(options.ConnectionString)),
    };
}
