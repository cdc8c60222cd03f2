using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core;

namespace MoocBot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    [Fact]
    public async Task Start_NothingConfigured_FailsNamingEachSettingAndItsVariable()
    {
        var failure = await StartAsync(new Dictionary<string, string?>());

        Assert.Contains("Discord:ApplicationId", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:PublicKey", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Discord__PublicKey", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Discord__BotToken", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MalformedValues_FailsWithoutPrintingTheToken()
    {
        const string badToken = "Bot SECRET-VALUE with spaces";
        var failure = await StartAsync(new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = "my-app",
            ["Discord:PublicKey"] = "abc",
            ["Discord:BotToken"] = badToken,
            ["Discord:ApiBaseUrl"] = "discord.com/api",
            ["Discord:GuildId"] = "guild",
        });

        Assert.Contains("Discord:ApplicationId", failure.Message, StringComparison.Ordinal);
        Assert.Contains("64 hex digits", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:BotToken", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:ApiBaseUrl", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:GuildId", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-VALUE", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_Addresses_AreDiscordsV10()
    {
        var options = new DiscordOptions();

        Assert.Equal(new Uri("https://discord.com/api/v10"), options.ApiBaseUrl);
        Assert.Equal(new Uri("wss://gateway.discord.gg"), options.GatewayUrl);
        Assert.False(options.Gateway.Enabled);
        Assert.Equal("Discord", DiscordOptions.SectionName);
    }

    private static async Task<OptionsValidationException> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddMoocBotCore(TestData.Repository);
        builder.AddMoocBotDiscord();
        await using var app = builder.Build();
        app.MapDiscordInteractions();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
