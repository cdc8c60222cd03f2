using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations.FollowUps;

namespace MoocBot.Core.Conversations;

/// <summary>
/// Keeps chats' /language choices in memory in front of the store, so a message does not cost a database query:
/// at most <see cref="ConversationOptions.MaxInMemory"/> chats, the least recently read dropped first. A /language set
/// through this host replaces the cached choice at once. A choice made through another host or process sharing the
/// database (several hosts on PostgreSQL, <c>ask --chat</c> on the SQLite file) is seen once the cached one is older
/// than <see cref="ConversationOptions.LanguageCacheExpiry"/>, which is read again from the store. Thread-safe.
/// </summary>
public sealed class CachedChatLanguageStore : IChatLanguageStore
{
    private static readonly Task<ChatLanguage>[] Completed =
        [Task.FromResult(ChatLanguage.Auto), Task.FromResult(ChatLanguage.English), Task.FromResult(ChatLanguage.Chinese)];

    private readonly IChatLanguageStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _expiry;
    private readonly RecencyList<(string Platform, string ChatId), Entry> _entries;
    private readonly Lock _lock = new();

    // Bumped by every change made through this host: a read that started before it does not cache what it read.
    private long _generation;

    /// <summary>Caches <paramref name="store"/>, bounded by <c>Conversations:MaxInMemory</c>, expiring after <c>Conversations:LanguageCacheExpiry</c>.</summary>
    public CachedChatLanguageStore(IChatLanguageStore store, IOptions<ConversationOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _timeProvider = timeProvider;
        _expiry = options.Value.LanguageCacheExpiry;
        _entries = new(options.Value.MaxInMemory);
    }

    /// <summary>How many chats' choices are held now.</summary>
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
    public Task<ChatLanguage> FindLanguageAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(chatId);
        long generation;
        lock (_lock)
        {
            if (_entries.TryGetValue((platform, chatId), out var entry))
            {
                if (_timeProvider.GetElapsedTime(entry.ReadAt) < _expiry)
                {
                    _entries.MarkNewest((platform, chatId));
                    return Completed[(int)entry.Language];
                }

                _entries.Remove((platform, chatId));
            }

            generation = _generation;
        }

        return ReadThroughAsync(platform, chatId, generation, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task SetLanguageAsync(string platform, string chatId, ChatLanguage language, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(chatId);
        var readAt = _timeProvider.GetTimestamp();
        try
        {
            await _store.SetLanguageAsync(platform, chatId, language, now, cancellationToken);
        }
        catch
        {
            // Whether the store kept the change is unknown: the next message reads it.
            Forget(platform, chatId);
            throw;
        }

        lock (_lock)
        {
            _generation++;
            Put(platform, chatId, language, readAt);
        }
    }

    private async Task<ChatLanguage> ReadThroughAsync(string platform, string chatId, long generation, CancellationToken cancellationToken)
    {
        var readAt = _timeProvider.GetTimestamp();
        var language = await _store.FindLanguageAsync(platform, chatId, cancellationToken);
        lock (_lock)
        {
            if (generation == _generation)
            {
                Put(platform, chatId, language, readAt);
            }
        }

        return language;
    }

    private void Forget(string platform, string chatId)
    {
        lock (_lock)
        {
            _generation++;
            _entries.Remove((platform, chatId));
        }
    }

    private void Put(string platform, string chatId, ChatLanguage language, long readAt)
    {
        if (_expiry <= TimeSpan.Zero || (int)language >= Completed.Length)
        {
            return;
        }

        _entries.Put((platform, chatId), new Entry(language, readAt));
    }

    private readonly record struct Entry(ChatLanguage Language, long ReadAt);
}
