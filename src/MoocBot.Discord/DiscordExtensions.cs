using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Core.Settings;
using MoocBot.Discord.Commands;
using MoocBot.Discord.Gateway;
using MoocBot.Discord.Interactions;
using MoocBot.Discord.Rest;

namespace MoocBot.Discord;

/// <summary>Adds the Discord adapter to a host and maps its interactions endpoint.</summary>
public static class DiscordExtensions
{
    private static readonly TimeSpan HttpTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds the Discord adapter: validated <see cref="DiscordOptions"/> (section "Discord"), the REST client,
    /// slash-command registration at start-up, the interaction handler, the optional gateway
    /// (<c>Discord:Gateway:Enabled</c>), and an <see cref="IChatSender"/> and <see cref="IChatAdministrators"/>
    /// for "discord". Core must be added too (<c>AddMoocBotCore</c>).
    /// </summary>
    public static IHostApplicationBuilder AddMoocBotDiscord(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddMoocBotSettings<DiscordOptions, DiscordOptionsValidator>(builder.Configuration, DiscordOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);

        // No HttpClient logging: request lines would carry interaction tokens (webhooks/{id}/{token}).
        services.AddHttpClient(DiscordRestClient.HttpClientName, client => client.Timeout = HttpTimeout)
            .RemoveAllLoggers();

        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<DiscordCommandCatalog>();
        services.TryAddSingleton<InteractionSignatureVerifier>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton(sp => new SeenInteractions(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<InteractionEndpoint>();
        services.TryAddSingleton<DiscordGatewayClient>();
        services.AddSingleton<IChatSender, DiscordChatSender>();
        services.AddSingleton<IChatAdministrators, DiscordChatAdministrators>();
        services.AddHostedService<DiscordCommandRegistrar>();
        services.AddHostedService<DiscordGatewayService>();
        return builder;
    }

    /// <summary>Maps <c>POST /discord/interactions</c>, the Interactions Endpoint URL to give in the Developer Portal.</summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(InteractionEndpoint.Path, context => context.RequestServices.GetRequiredService<InteractionEndpoint>().HandleAsync(context));
        return endpoints;
    }
}
