using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;

namespace MoocBot.Core;

/// <summary>Registers subscriptions and update notices: the commands, the publisher and the dispatcher.</summary>
public static class NoticesServiceCollectionExtensions
{
    /// <summary>
    /// Adds /subscribe, /unsubscribe, /subscriptions, the <see cref="FactPublisher"/>, publishing at start-up (the running host adds <see cref="AddMoocBotFactWatch"/> for changes after) and
    /// the notice dispatcher. Needs an <see cref="INoticeStore"/> (MoocBot.Storage's AddMoocBotStorage adds one and calls this).
    /// </summary>
    public static IServiceCollection AddMoocBotNotices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptionsWithValidateOnStart<NoticesOptions>()
            .Validate(o => o.Lease >= NoticesOptions.MinLeaseSends * o.SendTimeout,
                "Notices:Lease must be at least three times Notices:SendTimeout: a send starts only while two send timeouts of its lease are left, so it is sent and recorded inside its lease.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NoticesOptions>, NoticesOptionsValidator>());
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
    /// Adds the watcher that reloads <paramref name="factsPath"/> (and the articles it names) when it changes and
    /// publishes each new version (options "Facts:Watch", "Facts:WatchInterval"). Needs <see cref="AddMoocBotNotices"/>.
    /// </summary>
    public static IServiceCollection AddMoocBotFactWatch(this IServiceCollection services, string factsPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(factsPath);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FactsWatchOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<FactFileWatcher>(sp, factsPath));
        return services;
    }
}
