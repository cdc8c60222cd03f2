using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Tests.Diagnostics;

public sealed class BotHealthTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Failed_Repeatedly_KeepsWhenTheFailuresBegan()
    {
        var health = new BotHealth(_time);
        health.Succeeded("telegram.poll");
        _time.Advance(TimeSpan.FromSeconds(10));
        var first = _time.GetUtcNow();
        health.Failed("telegram.poll", "502");
        _time.Advance(TimeSpan.FromSeconds(10));
        health.Failed("telegram.poll", "503");

        var component = Assert.Single(health.Snapshot());

        Assert.Equal(first, component.FailingSince);
        Assert.Equal(_time.GetUtcNow(), component.LastFailure);
        Assert.Equal("503", component.LastError);
    }

    [Fact]
    public void Succeeded_AfterFailures_ClearsFailingSince()
    {
        var health = new BotHealth(_time);
        health.Failed("discord.gateway", "closed");
        _time.Advance(TimeSpan.FromSeconds(5));

        health.Succeeded("discord.gateway");

        var component = Assert.Single(health.Snapshot());
        Assert.Null(component.FailingSince);
        Assert.Equal(_time.GetUtcNow(), component.LastSuccess);
        Assert.Equal("closed", component.LastError);
    }
}
