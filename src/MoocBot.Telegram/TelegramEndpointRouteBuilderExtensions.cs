using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using MoocBot.Telegram.Receiving;

namespace MoocBot.Telegram;

/// <summary>Maps the Telegram webhook endpoint.</summary>
public static class TelegramEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /telegram/webhook</c>, where Telegram delivers updates in webhook mode. Requests without the
    /// configured <c>X-Telegram-Bot-Api-Secret-Token</c> get 401; accepted updates are answered 200 at once and handled in the background.
    /// </summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(TelegramWebhookEndpoint.Path, TelegramWebhookEndpoint.HandleAsync);
        return endpoints;
    }
}
