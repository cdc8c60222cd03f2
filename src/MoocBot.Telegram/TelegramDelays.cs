namespace MoocBot.Telegram;

/// <summary>How long the adapter waits before trying again; one instance, replaceable in tests.</summary>
internal sealed record TelegramDelays
{
    /// <summary>The delays the bot runs with.</summary>
    public static TelegramDelays Default { get; } = new();

    /// <summary>Seconds a getUpdates request waits for updates on Telegram's side.</summary>
    public int LongPollSeconds { get; init; } = 30;

    /// <summary>Waits between attempts to send a reply after a network error or a 5xx; one retry per entry.</summary>
    public IReadOnlyList<TimeSpan> TransientRetryDelays { get; init; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10)];

    /// <summary>
    /// How many 429s one reply waits out before it is dropped. More than one: with 1% of sends limited,
    /// two in a row meet one reply in ten thousand, and the soak run showed those answers lost.
    /// </summary>
    public int MaxRateLimitWaits { get; init; } = 5;

    /// <summary>The longest retry_after a reply waits for; a longer one means the reply is dropped.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First wait after a failed poll or start-up step; it doubles with each further failure.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between failed polls or start-up attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Wait after 409 Conflict: another instance is polling, so retrying at once only fights it.</summary>
    public TimeSpan ConflictBackoff { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The wait after <paramref name="failures"/> failures in a row (1 = the first).</summary>
    public TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(InitialBackoff.Ticks * factor, MaxBackoff.Ticks));
        return delay;
    }
}
