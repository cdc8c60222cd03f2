using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Discord.Models;
using MoocBot.Discord.Rest;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private static readonly DiscordMessagePayload Hello = new() { Content = "hello" };

    [Fact]
    public async Task CreateMessageAsync_Always_SendsBotAuthorizationAndTheDiscordBotUserAgent()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = Services.Build(rest.BaseUrl);

        var response = await services.GetRequiredService<DiscordRestClient>().CreateMessageAsync(TestHost.ChannelId, Hello, CancellationToken.None);

        Assert.True(response.IsSuccess);
        var request = Assert.Single(rest.Requests);
        Assert.Equal("Bot " + TestHost.BotToken, request.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal("""{"content":"hello","allowed_mentions":{"parse":[]}}""", request.Body);
    }

    [Fact]
    public async Task CreateMessageAsync_429WithRetryAfter_WaitsThenDeliversExactlyOnce()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(ScriptedResponse.TooManyRequests("POST", "/channels/", retryAfter: 0.3));
        var time = new SignallingTimeProvider();
        await using var services = Services.Build(rest.BaseUrl, time: time);

        var sending = services.GetRequiredService<DiscordRestClient>().CreateMessageAsync(TestHost.ChannelId, Hello, CancellationToken.None);
        var wait = await time.FirstWait.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(0.29));
        var retriedEarly = rest.Requests.Count > 1 || sending.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.01));
        var response = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(0.3), wait);
        Assert.False(retriedEarly, "retried before Retry-After had passed");
        Assert.True(response.IsSuccess);
        Assert.Equal([429, 200], rest.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task SendAsync_BucketExhausted_WaitsForTheReset()
    {
        var time = new SignallingTimeProvider();
        await using var rest = await FakeDiscordRestServer.StartAsync(time);
        rest.DefaultHeaders["X-RateLimit-Bucket"] = "abcd1234";
        rest.DefaultHeaders["X-RateLimit-Limit"] = "5";
        rest.DefaultHeaders["X-RateLimit-Remaining"] = "0";
        rest.DefaultHeaders["X-RateLimit-Reset-After"] = "0.3";
        await using var services = Services.Build(rest.BaseUrl, time: time);
        var client = services.GetRequiredService<DiscordRestClient>();

        await client.CreateMessageAsync(TestHost.ChannelId, Hello, CancellationToken.None);
        var second = client.CreateMessageAsync(TestHost.ChannelId, Hello, CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(0.3)).WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(0.29));
        var sentEarly = rest.Requests.Count > 1;
        time.Advance(TimeSpan.FromSeconds(0.01));
        await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(sentEarly, "sent before the bucket reset");
        Assert.Equal(2, rest.Requests.Count);
        Assert.True(rest.Requests[1].At - rest.Requests[0].At >= TimeSpan.FromSeconds(0.3));
        Assert.All(rest.Requests, r => Assert.Equal(200, r.Status));
    }

    [Fact]
    public async Task CreateMessageAsync_ServerError_IsNotRetried()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(new ScriptedResponse("POST", "/channels/", 502, "{}"));
        await using var services = Services.Build(rest.BaseUrl);

        var response = await services.GetRequiredService<DiscordRestClient>().CreateMessageAsync(TestHost.ChannelId, Hello, CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadGateway, response.Status);
        Assert.Single(rest.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_429AskingForALongWait_IsHandedBackWithoutWaiting()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(ScriptedResponse.TooManyRequests("POST", "/channels/", retryAfter: 600));
        await using var services = Services.Build(rest.BaseUrl);

        var response = await services.GetRequiredService<DiscordRestClient>().CreateMessageAsync(TestHost.ChannelId, Hello, CancellationToken.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(TimeSpan.FromSeconds(600), response.RetryAfter);
        Assert.Single(rest.Requests);
    }

    [Fact]
    public async Task CreateMessageAsync_TooLongContent_IsRefusedByTheFakeLikeDiscord()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = Services.Build(rest.BaseUrl);

        var response = await services.GetRequiredService<DiscordRestClient>().CreateMessageAsync(TestHost.ChannelId, new DiscordMessagePayload { Content = new string('x', 2001) }, CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(50035, response.ErrorCode);
    }
}
