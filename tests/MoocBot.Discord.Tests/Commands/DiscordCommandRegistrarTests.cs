using Microsoft.Extensions.DependencyInjection;
using MoocBot.Discord.Commands;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Commands;

public sealed class DiscordCommandRegistrarTests
{
    [Fact]
    public async Task RegisterOnceAsync_NothingRegistered_OverwritesThenLeavesAnUnchangedSetAlone()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = Services.Build(rest.BaseUrl);
        var registrar = services.GetRequiredService<DiscordCommandRegistrar>();

        var first = await registrar.RegisterOnceAsync(CancellationToken.None);
        var second = await registrar.RegisterOnceAsync(CancellationToken.None);

        Assert.Equal(CommandRegistration.Registered, first);
        Assert.Equal(CommandRegistration.Unchanged, second);
        var put = Assert.Single(rest.Requests, r => r.Method == "PUT");
        Assert.Equal($"/applications/{TestHost.ApplicationId}/commands", put.Path);
        Assert.Equal(2, rest.Requests.Count(r => r.Method == "GET"));
        var names = put.Json.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("ask", names);
        Assert.Contains("fact", names);
        Assert.Contains("help", names);
    }

    [Fact]
    public async Task RegisterOnceAsync_EveryCommand_CarriesItsChineseNameAndDescription()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = Services.Build(rest.BaseUrl);

        var result = await services.GetRequiredService<DiscordCommandRegistrar>().RegisterOnceAsync(CancellationToken.None);

        Assert.Equal(CommandRegistration.Registered, result);
        var put = Assert.Single(rest.Requests, r => r.Method == "PUT");
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.All(commands.Values, c => Assert.True(c.GetProperty("description_localizations").TryGetProperty("zh-CN", out _), c.GetProperty("name").GetString()));
        Assert.Equal("帮助", commands["help"].GetProperty("name_localizations").GetProperty("zh-CN").GetString());
        Assert.Equal("怎么提问，以及我懂的命令", commands["help"].GetProperty("description_localizations").GetProperty("zh-CN").GetString());
        var question = commands["ask"].GetProperty("options")[0];
        Assert.Equal("问题", question.GetProperty("name_localizations").GetProperty("zh-CN").GetString());
    }

    [Fact]
    public async Task RegisterOnceAsync_GuildConfigured_UsesTheGuildRoute()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = Services.Build(rest.BaseUrl, configure: o => o.GuildId = TestHost.GuildId);

        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterOnceAsync(CancellationToken.None);

        var put = Assert.Single(rest.Requests, r => r.Method == "PUT");
        Assert.Equal($"/applications/{TestHost.ApplicationId}/guilds/{TestHost.GuildId}/commands", put.Path);
    }

    [Fact]
    public async Task RegisterOnceAsync_DiscordRefuses_ReportsFailed()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(new ScriptedResponse("PUT", "/applications/", 400, """{"code":50035,"message":"Invalid Form Body"}"""));
        await using var services = Services.Build(rest.BaseUrl);

        var result = await services.GetRequiredService<DiscordCommandRegistrar>().RegisterOnceAsync(CancellationToken.None);

        Assert.Equal(CommandRegistration.Failed, result);
    }

    [Fact]
    public async Task RegisterOnceAsync_ListAnsweredWithSomethingElse_RegistersInsteadOfFailing()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(new ScriptedResponse("GET", "/applications/", 200, """{"message":"not a list"}"""));
        await using var services = Services.Build(rest.BaseUrl);

        var result = await services.GetRequiredService<DiscordCommandRegistrar>().RegisterOnceAsync(CancellationToken.None);

        Assert.Equal(CommandRegistration.Registered, result);
        Assert.Single(rest.Requests, r => r.Method == "PUT");
    }
}
