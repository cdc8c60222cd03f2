using Microsoft.Extensions.Time.Testing;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>Fake time that says when code starts waiting on it, so a test advances the clock only once a wait is set.</summary>
internal sealed class SignallingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _dueTimes = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Signal)> _waiters = [];

    /// <summary>Completes with the due time of the first timer created (a <c>Task.Delay</c> on this provider).</summary>
    public Task<TimeSpan> FirstWait => WaitForTimerAsync(_ => true);

    /// <summary>Completes once a timer due after exactly <paramref name="dueTime"/> is created (already, or still to come).</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime) => WaitForTimerAsync(d => d == dueTime);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource<TimeSpan>> signals;
        lock (_lock)
        {
            _dueTimes.Add(dueTime);
            var matched = _waiters.Where(w => w.Match(dueTime)).ToList();
            _waiters.RemoveAll(matched.Contains);
            signals = [.. matched.Select(w => w.Signal)];
        }

        signals.ForEach(s => s.TrySetResult(dueTime));
        return timer;
    }

    private Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        lock (_lock)
        {
            if (_dueTimes.Where(match).Take(1).ToList() is [var seen])
            {
                return Task.FromResult(seen);
            }

            var signal = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task;
        }
    }
}
