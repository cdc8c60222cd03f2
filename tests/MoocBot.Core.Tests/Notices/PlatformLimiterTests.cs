using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices;

public sealed class PlatformLimiterTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryAcquire_OverallLimitReached_WaitsForTheOldestToLeaveTheSecond()
    {
        var limiter = new PlatformLimiter(new PlatformLimitOptions { MessagesPerSecond = 3 });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-" + i, isGroup: false, T0.AddMilliseconds(100 * i)));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(800), limiter.TryAcquire("chat-9", isGroup: false, T0.AddMilliseconds(200)));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat-9", isGroup: false, T0.AddSeconds(1)));
    }

    [Fact]
    public void TryAcquire_SameChatWithinASecond_Waits()
    {
        var limiter = new PlatformLimiter(new PlatformLimitOptions());
        limiter.TryAcquire("chat", isGroup: false, T0);

        Assert.Equal(TimeSpan.FromMilliseconds(600), limiter.TryAcquire("chat", isGroup: false, T0.AddMilliseconds(400)));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("other", isGroup: false, T0.AddMilliseconds(400)));
    }

    [Fact]
    public void TryAcquire_GroupOverTwentyAMinute_WaitsForTheMinute()
    {
        var limiter = new PlatformLimiter(new PlatformLimitOptions());
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("-100", isGroup: true, T0.AddSeconds(i)));
        }

        Assert.Equal(TimeSpan.FromSeconds(40), limiter.TryAcquire("-100", isGroup: true, T0.AddSeconds(20)));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("-100", isGroup: true, T0.AddSeconds(60)));
    }

    [Fact]
    public void Pause_After429_HoldsEverythingUntilRetryAfter()
    {
        var limiter = new PlatformLimiter(new PlatformLimitOptions());
        limiter.Pause(T0.AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), limiter.TryAcquire("chat", isGroup: false, T0));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("chat", isGroup: false, T0.AddSeconds(30)));
    }
}
