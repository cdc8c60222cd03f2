using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Core.Settings;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Sending;

namespace MoocBot.Telegram;

/// <summary>Adds the Telegram adapter to a host.</summary>
public static class TelegramHostApplicationBuilderExtensions
{
    /// <summary>
    /// Registers the Telegram bot: its options (validated at start), the Bot API client, the update handler,
    /// the polling service or, when <c>Telegram:Mode</c> is Webhook, the webhook registration (map the endpoint with
    /// <see cref="TelegramEndpointRouteBuilderExtensions.MapTelegramWebhook"/>), and the "telegram"
    /// <see cref="IChatSender"/> and <see cref="IChatAdministrators"/>. Core must be added too (<c>AddMoocBotCore</c>).
    /// </summary>
    public static IHostApplicationBuilder AddMoocBotTelegram(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(TelegramOptions.SectionName);
        services.AddMoocBotSettings<TelegramOptions, TelegramOptionsValidator>(builder.Configuration, TelegramOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(TelegramDelays.Default);
        services.TryAddSingleton<TelegramClientFactory>();
        services.TryAddSingleton(sp => sp.GetRequiredService<TelegramClientFactory>().Client);
        services.TryAddSingleton<TelegramBotIdentity>();
        services.TryAddSingleton<ChatReachability>();
        services.TryAddSingleton<ChatStatusRecorder>();
        services.TryAddSingleton<TelegramReplySender>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.TryAddSingleton(sp => new UpdateDispatcher(
            sp.GetRequiredService<TelegramUpdateHandler>().HandleAsync,
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value.MaxConcurrentUpdates,
            sp.GetRequiredService<ILogger<UpdateDispatcher>>()));
        services.TryAddSingleton<TelegramBotSetup>();
        services.AddSingleton<IChatSender, TelegramChatSender>();
        services.AddSingleton<IChatAdministrators, TelegramChatAdministrators>();

        if (ModeOf(section) == TelegramMode.Webhook)
        {
            services.AddHostedService<TelegramWebhookService>();
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return builder;
    }

    /// <summary>The configured mode; an unknown value falls back to polling and is reported by options validation.</summary>
    internal static TelegramMode ModeOf(IConfiguration section) =>
        Enum.TryParse<TelegramMode>(section[nameof(TelegramOptions.Mode)], ignoreCase: true, out var mode) ? mode : TelegramMode.Polling;
}
