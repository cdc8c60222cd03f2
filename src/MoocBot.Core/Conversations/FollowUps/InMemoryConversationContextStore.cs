using Microsoft.Extensions.Options;

namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>
/// Contexts in this process's memory, for one host (the SQLite store): at most <see cref="ConversationOptions.MaxInMemory"/>,
/// the least recently asked dropped first, and an expired one dropped when it is read or when saving passes it, so memory
/// stays flat however many chats ask. Thread-safe.
/// </summary>
public sealed class InMemoryConversationContextStore : IConversationContextStore
{
    private readonly RecencyList<ConversationKey, ConversationContext> _entries;
    private readonly Lock _lock = new();

    /// <summary>A store bounded by <c>Conversations:MaxInMemory</c>.</summary>
    public InMemoryConversationContextStore(IOptions<ConversationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _entries = new(options.Value.MaxInMemory);
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
            if (!_entries.TryGetValue(key, out var context))
            {
                return Task.FromResult<ConversationContext?>(null);
            }

            if (context.AskedAt < notBefore)
            {
                _entries.Remove(key);
                return Task.FromResult<ConversationContext?>(null);
            }

            return Task.FromResult<ConversationContext?>(context);
        }
    }

    /// <inheritdoc/>
    public Task SaveAsync(ConversationKey key, ConversationContext context, DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        lock (_lock)
        {
            // Oldest first: everything before the first live one has expired, and past the bound the oldest goes.
            _entries.Remove(key);
            _entries.DropOldestWhile(static (old, before) => old.AskedAt < before, expiredBefore);
            _entries.Put(key, context);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ForgetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _entries.Remove(key);
        }

        return Task.CompletedTask;
    }
}
