using System.Collections.Concurrent;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations;

/// <summary>
/// Replies that depend on nothing but the repository version, the language and what they are about (a fact card, a
/// fact's quote, /stats, /about, a topic's list): composed once per version, and the same immutable <see cref="Reply"/>
/// handed out after that. A new repository version starts afresh.
/// </summary>
internal sealed class RepositoryReplies
{
    /// <summary>Far more than the real repository's observations in both languages; past it, replies are composed each time.</summary>
    private const int MaxReplies = 4096;

    private Entries? _entries;

    /// <summary>
    /// The reply of <paramref name="kind"/> about <paramref name="subject"/> (a <see cref="Fact"/>, compared by every field,
    /// or a string) in <paramref name="language"/> over <paramref name="repository"/>; <paramref name="compose"/> writes it the first time.
    /// </summary>
    public Reply GetOrCompose<TState>(FactRepository repository, string kind, object subject, ChatLanguage language, TState state, Func<TState, Reply> compose)
    {
        var entries = Volatile.Read(ref _entries);
        if (entries is null || !ReferenceEquals(entries.Repository, repository))
        {
            entries = new Entries(repository);
            Volatile.Write(ref _entries, entries);
        }

        var key = (kind, subject, language);
        if (entries.Replies.TryGetValue(key, out var reply))
        {
            return reply;
        }

        reply = compose(state);
        if (Volatile.Read(ref entries.Count) < MaxReplies && entries.Replies.TryAdd(key, reply))
        {
            Interlocked.Increment(ref entries.Count);
        }

        return reply;
    }

    private sealed class Entries(FactRepository repository)
    {
        public int Count;

        public FactRepository Repository { get; } = repository;

        public ConcurrentDictionary<(string Kind, object Subject, ChatLanguage Language), Reply> Replies { get; } = new();
    }
}
