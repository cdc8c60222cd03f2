using Microsoft.Extensions.Time.Testing;
using MoocBot.Discord.Interactions;

namespace MoocBot.Discord.Tests.Interactions;

public sealed class SeenInteractionsTests
{
    [Fact]
    public void TryAdd_SameIdBeforeItExpires_IsARepeatAndAfterwardsIsForgotten()
    {
        var time = new FakeTimeProvider();
        var seen = new SeenInteractions(time);
        var expires = time.GetUtcNow() + InteractionSignatureVerifier.MaxTimestampOffset;

        Assert.True(seen.TryAdd("1", expires));
        time.Advance(InteractionSignatureVerifier.MaxTimestampOffset - TimeSpan.FromSeconds(1));
        Assert.False(seen.TryAdd("1", expires));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(seen.TryAdd("1", time.GetUtcNow() + InteractionSignatureVerifier.MaxTimestampOffset));
    }

    [Fact]
    public void TryAdd_BeyondCapacity_ForgetsTheIdsExpiringSoonestAndKeepsTheRest()
    {
        var time = new FakeTimeProvider();
        var seen = new SeenInteractions(time, capacity: 3);
        var now = time.GetUtcNow();

        Assert.True(seen.TryAdd("late", now.AddMinutes(5)));
        Assert.True(seen.TryAdd("soon", now.AddMinutes(1)));
        Assert.True(seen.TryAdd("middle", now.AddMinutes(3)));
        Assert.True(seen.TryAdd("fourth", now.AddMinutes(4)));

        Assert.True(seen.TryAdd("soon", now.AddMinutes(1)));
        Assert.False(seen.TryAdd("late", now.AddMinutes(5)));
        Assert.False(seen.TryAdd("fourth", now.AddMinutes(4)));
    }
}
