using MoocBot.Discord.Rest;

namespace MoocBot.Discord.Tests.Rest;

public sealed class DiscordRouteTests
{
    [Fact]
    public void For_ChannelMessages_KeepsTheChannelAsMajorParameter()
    {
        var route = DiscordRoute.For(HttpMethod.Post, "channels/123456789012345678/messages");

        Assert.Equal("POST /channels/:id/messages", route.RouteKey);
        Assert.Equal("123456789012345678", route.MajorParameter);
        Assert.True(route.CountsGlobally);
    }

    [Fact]
    public void For_InteractionWebhook_HidesTheTokenAndSkipsTheGlobalLimit()
    {
        var route = DiscordRoute.For(HttpMethod.Patch, "webhooks/1000000000000000001/SECRET-token/messages/@original");

        Assert.Equal("PATCH /webhooks/:id/:token/messages/@original", route.RouteKey);
        Assert.DoesNotContain("SECRET", route.RouteKey, StringComparison.Ordinal);
        Assert.False(route.CountsGlobally);
    }

    [Fact]
    public void For_GuildCommands_ReplacesEveryId()
    {
        var route = DiscordRoute.For(HttpMethod.Put, "applications/1000000000000000001/guilds/1000000000000000002/commands");

        Assert.Equal("PUT /applications/:id/guilds/:id/commands", route.RouteKey);
    }
}
