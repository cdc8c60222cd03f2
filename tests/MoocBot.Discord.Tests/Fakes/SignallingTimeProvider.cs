using Microsoft.Extensions.Time.Testing;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>Fake time that says when code starts waiting on it, so a test advances the clock only once a wait is set.</summary>
internal sealed class SignallingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
{
    private readonly TaskCompletionSource<TimeSpan> _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the due time of the first timer created (a <c>Task.Delay</c> on this provider).</summary>
    public Task<TimeSpan> FirstWait => _waiting.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _waiting.TrySetResult(dueTime);
        return timer;
    }
}
