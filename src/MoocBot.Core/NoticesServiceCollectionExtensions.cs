using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Core.Settings;

namespace MoocBot.Core;

/// <summary>Registers subscriptions and update notices: the commands, the publisher and the dispatcher.</summary>
public static class NoticesServiceCollectionExtensions
{
    /// <summary>
    /// Adds /subscribe, /unsubscribe, /subscriptions, the <see cref="FactPublisher"/>, publishing at start-up (the running host adds <see cref="AddMoocBotFactWatch"/> for changes after) and
    /// the notice dispatcher, with the "Notices" section of <paramref name="configuration"/> when given. Needs an
    /// <see cref="INoticeStore"/> (MoocBot.Storage's AddMoocBotStorage adds one).
    /// </summary>
    public static IServiceCollection AddMoocBotNotices(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMoocBotSettings<NoticesOptions, NoticesOptionsValidator>(configuration, NoticesOptions.SectionName)
            .Validate(o => o.Lease >= NoticesOptions.MinLeaseSends * o.SendTimeout,
                "Notices:Lease must be at least three times Notices:SendTimeout: a send starts only while two send timeouts of its lease are left, so it is sent and recorded inside its lease.");
        services.TryAddSingleton<NoticeWakeup>();
        services.TryAddSingleton<SubscriptionAccess>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFactReplyExtension, SubscribeOffer>());
        services.TryAddSingleton(sp => new FactPublisher(
            sp.GetRequiredService<INoticeStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FactPublisher>>(),
            sp.GetRequiredService<NoticeWakeup>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, SubscribeCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, UnsubscribeCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, SubscriptionsCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, FactPublishingService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, NoticeDispatcher>());
        return services;
    }

    /// <summary>
    /// Adds the watcher that reloads the facts file (and the articles it names) when it changes and publishes each new
    /// version, as the "Facts" options that <see cref="CoreServiceCollectionExtensions.AddMoocBotCore"/> binds say
    /// (Path, Watch, WatchInterval). Needs <see cref="AddMoocBotNotices"/>.
    /// </summary>
    public static IServiceCollection AddMoocBotFactWatch(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<FactFileWatcher>();
        return services;
    }
}
