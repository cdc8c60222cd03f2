using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MoocBot.Telegram.Receiving;
using MoocBot.Tests.Fakes;

namespace MoocBot.Tests.Hosting;

/// <summary>What the running bot is made of follows its settings: a bot that only polls composes no web server (README, issue 11).</summary>
public sealed class BotHostCompositionTests
{
    private const string Token = "123456789:AAFakeTokenForMoocBotTestsOnly_000";

    [Fact]
    public async Task Build_TelegramPollingWithoutAnAddress_HasNoWebServerAndNoHealthChecks()
    {
        await using var bot = TestBot.Build(new() { ["urls"] = null, ["Telegram:BotToken"] = Token, ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9" });

        Assert.IsNotType<WebApplication>(bot.Host);
        Assert.Null(bot.Services.GetService<IServer>());
        Assert.Null(bot.Services.GetService<HealthCheckService>());
        Assert.Contains(bot.Services.GetServices<IHostedService>(), service => service is TelegramReceiver);
    }

    [Fact]
    public async Task Build_TelegramPollingWithAnAddress_ServesHealthzBesidePolling()
    {
        await using var bot = await TestBot.StartAsync(new() { ["Telegram:BotToken"] = Token, ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9" });

        using var response = await bot.Client.GetAsync("/healthz");

        Assert.NotNull(bot.Services.GetService<HealthCheckService>());
        Assert.Contains(bot.Services.GetServices<IHostedService>(), service => service is TelegramReceiver);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Build_WithoutAnAddress_LogLevelsStillComeFromTheSettings()
    {
        await using var bot = TestBot.Build(new() { ["urls"] = null, ["Logging:LogLevel:Default"] = "Warning", ["Logging:LogLevel:MoocBot.Quiet"] = "Error" });

        var factory = bot.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(factory.CreateLogger("MoocBot.Anything").IsEnabled(LogLevel.Information));
        Assert.True(factory.CreateLogger("MoocBot.Anything").IsEnabled(LogLevel.Warning));
        Assert.False(factory.CreateLogger("MoocBot.Quiet").IsEnabled(LogLevel.Warning));
    }
}
