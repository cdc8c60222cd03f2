using Microsoft.Extensions.Time.Testing;
using MoocBot.Telegram.Sending;

namespace MoocBot.Telegram.Tests.Sending;

public sealed class SendTimeoutsTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    [Fact]
    public void Start_SystemClock_ASourceThatEndedInTimeIsReused()
    {
        var timeouts = new SendTimeouts(TimeProvider.System);
        CancellationToken first;
        using (var timeout = timeouts.Start(TimeSpan.FromMinutes(1), CancellationToken.None))
        {
            first = timeout.Token;
        }

        using var next = timeouts.Start(TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(first, next.Token);
        Assert.False(next.Token.IsCancellationRequested);
    }

    /// <summary>Whether the source is reused (it is under the system clock; a test clock's timer cannot be reset) the next limit runs from the next send's start.</summary>
    [Fact]
    public void Start_AfterASendThatEndedInTime_TheNextLimitRunsFromItsOwnStart()
    {
        var time = new FakeTimeProvider();
        var timeouts = new SendTimeouts(time);
        using (timeouts.Start(Limit, CancellationToken.None))
        {
            time.Advance(TimeSpan.FromSeconds(3));
        }

        using var next = timeouts.Start(Limit, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(next.Token.IsCancellationRequested);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(next.Token.IsCancellationRequested);
        Assert.True(next.TimedOut);
    }

    [Fact]
    public void Start_CallerGivesUp_CancelledNotTimedOutAndNeverReused()
    {
        var time = new FakeTimeProvider();
        var timeouts = new SendTimeouts(time);
        using var caller = new CancellationTokenSource();
        CancellationToken cancelled;
        using (var timeout = timeouts.Start(Limit, caller.Token))
        {
            caller.Cancel();
            cancelled = timeout.Token;
            Assert.True(cancelled.IsCancellationRequested);
            Assert.False(timeout.TimedOut);
        }

        using var next = timeouts.Start(Limit, CancellationToken.None);
        Assert.NotEqual(cancelled, next.Token);
        Assert.False(next.Token.IsCancellationRequested);
    }

    [Fact]
    public void Start_TimedOut_NeverReused()
    {
        var time = new FakeTimeProvider();
        var timeouts = new SendTimeouts(time);
        CancellationToken expired;
        using (var timeout = timeouts.Start(Limit, CancellationToken.None))
        {
            time.Advance(Limit);
            expired = timeout.Token;
            Assert.True(timeout.TimedOut);
        }

        using var next = timeouts.Start(Limit, CancellationToken.None);
        Assert.NotEqual(expired, next.Token);
        Assert.False(next.Token.IsCancellationRequested);
    }
}
