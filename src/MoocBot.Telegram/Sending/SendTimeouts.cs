namespace MoocBot.Telegram.Sending;

/// <summary>
/// Cancellation sources that cancel a send after its time limit, or as soon as its caller gives up. A send that ended
/// without either hands its source back reset, and the next send reuses it: a send then allocates no timer, no source
/// and no linked source of its own.
/// </summary>
internal sealed class SendTimeouts(TimeProvider timeProvider)
{
    /// <summary>More sources than sends in flight at once are never kept.</summary>
    private const int MaxKept = 64;

    private readonly Stack<CancellationTokenSource> _kept = new();

    /// <summary>A source cancelled after <paramref name="limit"/>, or when <paramref name="cancellationToken"/> is.</summary>
    public SendTimeout Start(TimeSpan limit, CancellationToken cancellationToken)
    {
        CancellationTokenSource? source;
        lock (_kept)
        {
            _kept.TryPop(out source);
        }

        if (source is null)
        {
            source = new CancellationTokenSource(limit, timeProvider);
        }
        else
        {
            source.CancelAfter(limit);
        }

        var registration = cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source);
        return new SendTimeout(this, source, registration, cancellationToken);
    }

    /// <summary>Keeps <paramref name="source"/> for the next send when it can be reset (it was not cancelled), else disposes it.</summary>
    internal void Return(CancellationTokenSource source)
    {
        if (source.TryReset())
        {
            lock (_kept)
            {
                if (_kept.Count < MaxKept)
                {
                    _kept.Push(source);
                    return;
                }
            }
        }

        source.Dispose();
    }
}
