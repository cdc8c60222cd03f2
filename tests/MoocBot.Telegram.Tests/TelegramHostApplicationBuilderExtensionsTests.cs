using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests;

public sealed class TelegramHostApplicationBuilderExtensionsTests
{
    [Fact]
    public async Task AddMoocBotTelegram_MissingToken_HostDoesNotStartAndSaysWhichSettingToFix()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake, settings: new Dictionary<string, string?> { ["Telegram:BotToken"] = null });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Telegram:BotToken is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("Telegram__BotToken", error.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task AddMoocBotTelegram_MalformedToken_HostDoesNotStartAndTheTokenIsNotPrinted()
    {
        const string token = "12345:ThisIsSecretButTooShort";
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake, settings: new Dictionary<string, string?> { ["Telegram:BotToken"] = token });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Telegram:BotToken is malformed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ThisIsSecret", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task AddMoocBotTelegram_RegistersTheTelegramSenderAndAdministrators()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);

        Assert.Contains(app.Services.GetServices<IChatSender>(), s => s.Platform == "telegram");
        Assert.Contains(app.Services.GetServices<IChatAdministrators>(), a => a.Platform == "telegram");
    }

    [Theory]
    [InlineData(TelegramMode.Polling, typeof(TelegramPollingService))]
    [InlineData(TelegramMode.Webhook, typeof(TelegramWebhookService))]
    public async Task AddMoocBotTelegram_Mode_ChoosesTheReceivingService(TelegramMode mode, Type expected)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake, mode);

        var telegramServices = app.Services.GetServices<IHostedService>().Where(s => s.GetType().Namespace == typeof(TelegramPollingService).Namespace);

        Assert.Equal(expected, Assert.Single(telegramServices).GetType());
    }
}
