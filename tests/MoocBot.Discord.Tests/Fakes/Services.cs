using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core;
using MoocBot.Discord.Commands;
using MoocBot.Discord.Gateway;
using MoocBot.Discord.Rest;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>The adapter's services without a web host, for tests of one component against the fakes.</summary>
internal static class Services
{
    public static ServiceProvider Build(Uri apiBaseUrl, FakeLogs? logs = null, TimeProvider? time = null, Action<DiscordOptions>? configure = null, Uri? gatewayUrl = null, IMeterFactory? meters = null)
    {
        var services = new ServiceCollection();
        if (meters is not null)
        {
            services.AddSingleton(meters);
        }

        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs.Provider);
            }
        });
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddMoocBotCore(TestData.Repository);
        services.AddSingleton(Options.Create(Configure(apiBaseUrl, gatewayUrl, configure)));
        services.AddHttpClient(DiscordRestClient.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<DiscordChatSender>();
        services.AddSingleton<DiscordCommandCatalog>();
        services.AddSingleton<DiscordCommandRegistrar>();
        services.AddSingleton<DiscordGatewayClient>();
        return services.BuildServiceProvider();
    }

    private static DiscordOptions Configure(Uri apiBaseUrl, Uri? gatewayUrl, Action<DiscordOptions>? configure)
    {
        var options = new DiscordOptions
        {
            ApplicationId = TestHost.ApplicationId,
            PublicKey = new string('0', 64),
            BotToken = TestHost.BotToken,
            ApiBaseUrl = apiBaseUrl,
            GatewayUrl = gatewayUrl ?? new Uri("ws://127.0.0.1:9/"),
        };
        configure?.Invoke(options);
        return options;
    }
}
