namespace MoocBot.Discord.Rest;

/// <summary>One rate-limit bucket: requests on it go one at a time, so each sees the headers of the one before.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Set(int remaining, DateTimeOffset resetAt)
    {
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = resetAt;
        }
    }

    public TimeSpan TimeUntilAvailable(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_remaining is null || _resetAt <= now)
            {
                _remaining = null;
                return TimeSpan.Zero;
            }

            return _remaining > 0 ? TimeSpan.Zero : _resetAt - now;
        }
    }
}
