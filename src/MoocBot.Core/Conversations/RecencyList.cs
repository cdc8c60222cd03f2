namespace MoocBot.Core.Conversations;

/// <summary>
/// A map with a bound that keeps its entries from oldest to newest and drops the oldest when full: the memory behind the
/// in-process stores (chat languages, conversation contexts). Not thread-safe: callers hold their own lock.
/// </summary>
internal sealed class RecencyList<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _entries = [];
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _order = new();

    public int Count => _entries.Count;

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var node))
        {
            value = node.Value.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Makes <paramref name="key"/> the newest entry (a least-recently-used order); nothing when it is absent.</summary>
    public void MarkNewest(TKey key)
    {
        if (_entries.TryGetValue(key, out var node))
        {
            _order.Remove(node);
            _order.AddLast(node);
        }
    }

    public void Remove(TKey key)
    {
        if (_entries.Remove(key, out var node))
        {
            _order.Remove(node);
        }
    }

    /// <summary>Drops entries from the oldest on for as long as <paramref name="drop"/> says so.</summary>
    public void DropOldestWhile<TState>(Func<TValue, TState, bool> drop, TState state)
    {
        while (_order.First is { } oldest && drop(oldest.Value.Value, state))
        {
            Remove(oldest.Value.Key);
        }
    }

    /// <summary>Adds or replaces <paramref name="key"/> as the newest entry, dropping the oldest while the list is full.</summary>
    public void Put(TKey key, TValue value)
    {
        Remove(key);
        while (_entries.Count >= capacity && _order.First is { } oldest)
        {
            Remove(oldest.Value.Key);
        }

        _entries[key] = _order.AddLast(new KeyValuePair<TKey, TValue>(key, value));
    }
}
