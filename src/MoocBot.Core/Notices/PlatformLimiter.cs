namespace MoocBot.Core.Notices;

/// <summary>One platform's send limits: overall per second, per chat interval, per group per minute, and 429 pauses.</summary>
internal sealed class PlatformLimiter(PlatformLimitOptions limits)
{
    private const int MinPruneThreshold = 4_096;

    private readonly SlidingWindow _overall = new(limits.MessagesPerSecond, TimeSpan.FromSeconds(1));
    private readonly Dictionary<string, DateTimeOffset> _lastByChat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindow> _groups = new(StringComparer.Ordinal);
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private int _pruneThreshold = MinPruneThreshold;

    /// <summary>Zero when the platform as a whole may take a message now, else how long until it may.</summary>
    public TimeSpan OverallDelay(DateTimeOffset now) => Max(_pausedUntil - now, _overall.Delay(now));

    /// <summary>Takes a slot for a message to <paramref name="chatId"/> and returns zero, or returns how long until one is free.</summary>
    public TimeSpan TryAcquire(string chatId, bool isGroup, DateTimeOffset now)
    {
        var delay = OverallDelay(now);
        if (_lastByChat.TryGetValue(chatId, out var last))
        {
            delay = Max(delay, last + limits.ChatInterval - now);
        }

        SlidingWindow? group = null;
        if (isGroup && limits.GroupMessagesPerMinute > 0)
        {
            if (!_groups.TryGetValue(chatId, out group))
            {
                group = new SlidingWindow(limits.GroupMessagesPerMinute, TimeSpan.FromMinutes(1));
                _groups[chatId] = group;
            }

            delay = Max(delay, group.Delay(now));
        }

        if (delay > TimeSpan.Zero)
        {
            return delay;
        }

        _overall.Record(now);
        _lastByChat[chatId] = now;
        group?.Record(now);
        Prune(now);
        return TimeSpan.Zero;
    }

    /// <summary>The platform said 429: nothing more goes out until <paramref name="until"/>.</summary>
    public void Pause(DateTimeOffset until)
    {
        if (until > _pausedUntil)
        {
            _pausedUntil = until;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_lastByChat.Count + _groups.Count <= _pruneThreshold)
        {
            return;
        }

        foreach (var chat in _lastByChat.Where(p => p.Value + limits.ChatInterval <= now).Select(p => p.Key).ToList())
        {
            _lastByChat.Remove(chat);
        }

        foreach (var chat in _groups.Where(p => p.Value.IsIdle(now)).Select(p => p.Key).ToList())
        {
            _groups.Remove(chat);
        }

        // Chats still inside their windows stay; prune again only when the maps have doubled, so pruning stays linear.
        _pruneThreshold = Math.Max(MinPruneThreshold, 2 * (_lastByChat.Count + _groups.Count));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
