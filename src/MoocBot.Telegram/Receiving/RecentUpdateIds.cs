namespace MoocBot.Telegram.Receiving;

/// <summary>The last few thousand update ids seen, so an update Telegram delivers twice is handled once.</summary>
internal sealed class RecentUpdateIds(int capacity = RecentUpdateIds.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly HashSet<int> _seen = [];
    private readonly Queue<int> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time an id is seen; false for a repeat.</summary>
    public bool TryAdd(int updateId)
    {
        lock (_lock)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
