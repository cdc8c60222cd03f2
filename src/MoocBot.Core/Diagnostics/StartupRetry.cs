namespace MoocBot.Core.Diagnostics;

/// <summary>
/// A start-up step that must not stop the bot when what it needs is not there yet (the database server still
/// starting): the first attempt runs while the host starts, so in the usual case everything after it finds the step
/// done; after a failure the step is tried again in the background, waiting <see cref="FirstDelay"/> and then twice as
/// long each time up to <see cref="MaxDelay"/>, until it succeeds or the host stops.
/// </summary>
public sealed class StartupRetry : IDisposable
{
    /// <summary>The wait after the first failure.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    private readonly Func<CancellationToken, Task> _step;
    private readonly Func<Exception, bool> _retryable;
    private readonly Action<int, TimeSpan, Exception> _failed;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationTokenSource _stopping = new();
    private Task _retries = Task.CompletedTask;

    /// <param name="step">The step; done when it returns.</param>
    /// <param name="retryable">Whether a failure of the first attempt is worth another; any other stops the start.</param>
    /// <param name="failed">Called after each failed attempt with its number, the wait before the next, and the failure (for one log line).</param>
    /// <param name="timeProvider">The clock the waits run on.</param>
    public StartupRetry(Func<CancellationToken, Task> step, Func<Exception, bool> retryable, Action<int, TimeSpan, Exception> failed, TimeProvider timeProvider)
    {
        _step = step;
        _retryable = retryable;
        _failed = failed;
        _timeProvider = timeProvider;
    }

    /// <summary>Completes when the step is done, or retrying has begun in the background.</summary>
    public Task Done => _retries;

    /// <summary>Runs the first attempt; on a retryable failure, goes on in the background and returns.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _step(cancellationToken);
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && _retryable(ex))
        {
            _failed(1, FirstDelay, ex);
        }

        _retries = RetryAsync(_stopping.Token);
    }

    /// <summary>Stops retrying.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retries.WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        var delay = FirstDelay;
        for (var attempt = 2; ; attempt++)
        {
            try
            {
                await Task.Delay(delay, _timeProvider, cancellationToken);
                await _step(cancellationToken);
                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Once the bot runs, any failure is tried again: stopping now would take down what already works.
                delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
                _failed(attempt, delay, ex);
            }
        }
    }
}
