namespace MoocBot.Telegram.Sending;

/// <summary>One send's time limit from <see cref="SendTimeouts"/>; disposing it hands the source back.</summary>
internal readonly struct SendTimeout(SendTimeouts owner, CancellationTokenSource source, CancellationTokenRegistration registration, CancellationToken callerToken) : IDisposable
{
    /// <summary>Cancelled when the time is up or the caller gives up.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>True when the time ran out before the caller gave up.</summary>
    public bool TimedOut => source.IsCancellationRequested && !callerToken.IsCancellationRequested;

    public void Dispose()
    {
        // Disposing the registration waits for a cancellation already running, so a reused source is never cancelled late.
        registration.Dispose();
        owner.Return(source);
    }
}
