namespace MoocBot.Discord.Interactions;

/// <summary>
/// Ids of the interactions this host has handled, each kept until its signed timestamp is too old to pass the
/// timestamp check: a replay of a captured request within that window is refused. Bounded: past <see cref="Capacity"/>
/// ids the ones expiring soonest are forgotten first. Per host, in memory: a replay sent to another host is not caught.
/// </summary>
internal sealed class SeenInteractions(TimeProvider timeProvider, int capacity = SeenInteractions.Capacity)
{
    /// <summary>About 10 MB at most; Discord sends a small bot far fewer interactions in 10 minutes.</summary>
    public const int Capacity = 100_000;

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> _byExpiry = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time <paramref name="id"/> is seen; false when it was seen and has not expired.</summary>
    public bool TryAdd(string id, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            while (_byExpiry.TryPeek(out var oldest, out var at) && at <= now)
            {
                _byExpiry.Dequeue();
                _ids.Remove(oldest);
            }

            if (!_ids.Add(id))
            {
                return false;
            }

            _byExpiry.Enqueue(id, expires);
            if (_ids.Count > capacity)
            {
                _ids.Remove(_byExpiry.Dequeue());
            }

            return true;
        }
    }
}
