using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations.FollowUps;

namespace MoocBot.Benchmarks.Conversations;

/// <summary>
/// The in-memory conversation contexts (SQLite store) after 10,000 and after 100,000 chats have asked: a new question's
/// context costs the same and the store holds the same 10,000 (Conversations:MaxInMemory), so memory stays flat.
/// </summary>
[MemoryDiagnoser]
public class ConversationContextBenchmarks
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private InMemoryConversationContextStore _store = null!;
    private int _next;

    [Params(10_000, 100_000)]
    public int ChatsBefore { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _store = new InMemoryConversationContextStore(Options.Create(new ConversationOptions()));
        for (_next = 0; _next < ChatsBefore; _next++)
        {
            Save(_next);
        }
    }

    /// <summary>One more chat asks a question; returns how many contexts the store holds.</summary>
    [Benchmark]
    public int SaveNewChatsContext()
    {
        Save(_next++);
        return _store.Count;
    }

    private void Save(int chat)
    {
        var at = Start.AddMilliseconds(chat);
        _store.SaveAsync(new ConversationKey("telegram", "chat-" + chat, "user"), new ConversationContext("how many MOOCs does China have?", "national.moocs", "national", null, at), at.AddMinutes(-10), CancellationToken.None)
            .GetAwaiter().GetResult();
    }
}
