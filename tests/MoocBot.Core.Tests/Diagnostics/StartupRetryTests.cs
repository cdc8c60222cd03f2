using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Tests.Diagnostics;

public sealed class StartupRetryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new();
    private readonly Channel<(int Attempt, TimeSpan Delay)> _failures = Channel.CreateUnbounded<(int, TimeSpan)>();

    [Fact]
    public async Task StartAsync_FirstAttemptSucceeds_IsDoneWithoutRetrying()
    {
        var calls = 0;
        using var retry = Create(_ =>
        {
            calls++;
            return Task.CompletedTask;
        });

        await retry.StartAsync(CancellationToken.None);

        Assert.True(retry.Done.IsCompletedSuccessfully);
        Assert.Equal(1, calls);
        Assert.False(_failures.Reader.TryRead(out _));
    }

    [Fact]
    public async Task StartAsync_FailsThreeTimes_WaitsOneTwoFourSecondsThenIsDone()
    {
        var calls = 0;
        using var retry = Create(_ => Interlocked.Increment(ref calls) <= 3 ? throw new TimeoutException("no answer") : Task.CompletedTask);

        await retry.StartAsync(CancellationToken.None);
        var delays = new List<(int, TimeSpan)> { await NextFailureAsync() };
        for (var i = 0; i < 2; i++)
        {
            _time.Advance(delays[^1].Item2);
            delays.Add(await NextFailureAsync());
        }

        _time.Advance(delays[^1].Item2);
        await retry.Done.WaitAsync(Patience);

        Assert.Equal([(1, TimeSpan.FromSeconds(1)), (2, TimeSpan.FromSeconds(2)), (3, TimeSpan.FromSeconds(4))], delays);
        Assert.Equal(4, calls);
    }

    [Fact]
    public async Task StartAsync_KeepsFailing_WaitsNoLongerThanTheMaximum()
    {
        using var retry = Create(_ => throw new TimeoutException("no answer"));

        await retry.StartAsync(CancellationToken.None);
        var last = await NextFailureAsync();
        for (var i = 0; i < 10; i++)
        {
            _time.Advance(last.Delay);
            last = await NextFailureAsync();
        }

        Assert.Equal((11, StartupRetry.MaxDelay), last);
        await retry.StopAsync(CancellationToken.None);
        Assert.True(retry.Done.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task StartAsync_FailureNotRetryable_Throws()
    {
        using var retry = Create(_ => throw new InvalidOperationException("schema from the future"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => retry.StartAsync(CancellationToken.None));
    }

    private StartupRetry Create(Func<CancellationToken, Task> step) =>
        new(step, ex => ex is TimeoutException, (attempt, delay, _) => _failures.Writer.TryWrite((attempt, delay)), _time);

    private async Task<(int Attempt, TimeSpan Delay)> NextFailureAsync() =>
        await _failures.Reader.ReadAsync().AsTask().WaitAsync(Patience);
}
