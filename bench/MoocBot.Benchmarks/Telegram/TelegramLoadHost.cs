using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MoocBot.Core;
using MoocBot.Core.Facts;
using MoocBot.Telegram;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// The bot process of the load run: Core and the Telegram adapter in polling mode, configured from the
/// environment (Telegram__BotToken, Telegram__ApiBaseUrl) like the executable. It stops when standard input closes.
/// </summary>
internal static class TelegramLoadHost
{
    public static async Task<int> RunAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMoocBotCore(FactRepositoryLoader.Load(TelegramLoadRun.FindFactsPath()));
        builder.AddMoocBotTelegram();
        using var host = builder.Build();
        await host.StartAsync();
        await Console.In.ReadToEndAsync();
        await host.StopAsync();
        return 0;
    }
}
