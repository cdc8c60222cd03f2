using Microsoft.Extensions.Options;

namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>
/// Contexts in this process's memory, for one host (the SQLite store): at most <see cref="ConversationOptions.MaxInMemory"/>,
/// the least recently asked dropped first, and an expired one dropped when it is read or when saving passes it, so memory
/// stays flat however many chats ask. Thread-safe.
/// </summary>
public sealed class InMemoryConversationContextStore : IConversationContextStore
{
    private readonly Dictionary<ConversationKey, LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _byAge = new();
    private readonly Lock _lock = new();
    private readonly int _capacity;

    /// <summary>A store bounded by <c>Conversations:MaxInMemory</c>.</summary>
    public InMemoryConversationContextStore(IOptions<ConversationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _capacity = options.Value.MaxInMemory;
    }

    /// <summary>How many contexts are held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc/>
    public Task<ConversationContext?> FindAsync(ConversationKey key, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return Task.FromResult<ConversationContext?>(null);
            }

            if (node.Value.Context.AskedAt < notBefore)
            {
                Remove(node);
                return Task.FromResult<ConversationContext?>(null);
            }

            return Task.FromResult<ConversationContext?>(node.Value.Context);
        }
    }

    /// <inheritdoc/>
    public Task SaveAsync(ConversationKey key, ConversationContext context, DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }

            // Oldest first: everything before the first live one has expired, and past the bound the oldest goes.
            while (_byAge.First is { } oldest && (oldest.Value.Context.AskedAt < expiredBefore || _entries.Count >= _capacity))
            {
                Remove(oldest);
            }

            _entries[key] = _byAge.AddLast(new Entry(key, context));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                Remove(node);
            }
        }

        return Task.CompletedTask;
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _byAge.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed record Entry(ConversationKey Key, ConversationContext Context);
}
