using Microsoft.Extensions.Time.Testing;
using MoocBot.Discord.Rest;

namespace MoocBot.Discord.Tests.Rest;

public sealed class DiscordRateLimiterTests
{
    private static readonly DiscordRoute ChannelA = DiscordRoute.For(HttpMethod.Post, "channels/1000000000000000001/messages");
    private static readonly DiscordRoute ChannelB = DiscordRoute.For(HttpMethod.Post, "channels/1000000000000000002/messages");
    private static readonly DiscordRoute Webhook = DiscordRoute.For(HttpMethod.Patch, "webhooks/1000000000000000001/token/messages/@original");
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public Task AcquireAsync_AfterAGlobal429_HoldsEveryGlobalRouteUntilRetryAfter() =>
        AssertHeldUntilRetryAfterAsync(global: true, TimeSpan.FromSeconds(2), held: ChannelB, free: Webhook);

    [Fact]
    public Task AcquireAsync_AfterARoute429_HoldsOnlyThatBucket() =>
        AssertHeldUntilRetryAfterAsync(global: false, TimeSpan.FromSeconds(3), held: ChannelA, free: ChannelB);

    [Fact]
    public async Task AcquireAsync_FiftyRequestsInASecond_HoldsTheFiftyFirst()
    {
        var limiter = new DiscordRateLimiter(_time);
        for (var i = 0; i < DiscordRateLimiter.GlobalRequestsPerSecond; i++)
        {
            var route = DiscordRoute.For(HttpMethod.Post, $"channels/{1000000000000000100 + i}/messages");
            (await limiter.AcquireAsync(route, CancellationToken.None)).Dispose();
        }

        var next = limiter.AcquireAsync(ChannelA, CancellationToken.None);

        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        (await next.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    [Fact]
    public async Task Update_RemainingZero_HoldsTheNextRequestUntilResetAfter()
    {
        var limiter = new DiscordRateLimiter(_time);
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Bucket", "abcd");
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset-After", "1.5");
        using (var lease = await limiter.AcquireAsync(ChannelA, CancellationToken.None))
        {
            limiter.Update(ChannelA, lease, response.Headers);
        }

        var next = limiter.AcquireAsync(ChannelA, CancellationToken.None);

        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1.5));
        (await next.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    /// <summary>After a 429 on channel A, <paramref name="held"/> waits exactly Retry-After while <paramref name="free"/> goes at once.</summary>
    private async Task AssertHeldUntilRetryAfterAsync(bool global, TimeSpan retryAfter, DiscordRoute held, DiscordRoute free)
    {
        var limiter = new DiscordRateLimiter(_time);
        using (var lease = await limiter.AcquireAsync(ChannelA, CancellationToken.None))
        {
            limiter.RateLimited(ChannelA, lease, retryAfter, global);
        }

        var waiting = limiter.AcquireAsync(held, CancellationToken.None);
        var passing = limiter.AcquireAsync(free, CancellationToken.None);

        Assert.True(passing.IsCompletedSuccessfully);
        Assert.False(waiting.IsCompleted);
        _time.Advance(retryAfter);
        using var heldLease = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        (await passing).Dispose();
    }
}
