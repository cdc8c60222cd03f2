using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MoocBot.Core;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;

namespace MoocBot.Storage;

/// <summary>Adds the store for subscriptions and notices to a host.</summary>
public static class StorageHostApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the configured store (section "Storage": SQLite by default, PostgreSQL with Provider=Postgres), its
    /// migrations at start-up, each chat's reply language, subscriptions and notices (section "Notices") and the opt-in unanswered-question
    /// log (section "Diagnostics:UnansweredLog") over it.
    /// </summary>
    public static IHostApplicationBuilder AddMoocBotStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString is required when Storage:Provider is Postgres.");
        services.AddOptions<NoticesOptions>().Bind(builder.Configuration.GetSection(NoticesOptions.SectionName));
        services.AddOptions<UnansweredLogOptions>().Bind(builder.Configuration.GetSection(UnansweredLogOptions.SectionName));

        services.TryAddSingleton<IMigratingStore>(sp => CreateStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton(sp => (INoticeStore)sp.GetRequiredService<IMigratingStore>());
        services.TryAddSingleton(sp => (IUnansweredQuestionLog)sp.GetRequiredService<IMigratingStore>());
        services.TryAddSingleton(sp => (IStoreProbe)sp.GetRequiredService<IMigratingStore>());
        services.TryAddSingleton(sp => (IChatLanguageStore)sp.GetRequiredService<IMigratingStore>());

        // Registered before the notice services so the schema is ready before they start.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageMigrationService>());
        services.AddMoocBotNotices();
        services.AddMoocBotUnansweredLog();
        return builder;
    }

    internal static IMigratingStore CreateStore(StorageOptions options) => options.Provider switch
    {
        StorageProvider.Postgres => new PostgresNoticeStore(options.ConnectionString!),
        _ => new SqliteNoticeStore(SqliteNoticeStore.ConnectionStringFor(options.ConnectionString)),
    };
}
