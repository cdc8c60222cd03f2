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
}
