using System.Collections.Concurrent;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations;

/// <summary>
/// The fact cards composed over one repository version. A card is the same every time for the same fact (every field of
/// it: figure, date, notes, evidence) and language while the repository does not change, so it is composed once and the
/// same immutable <see cref="Reply"/> is handed out again.
/// </summary>
internal sealed class FactCards(FactRepository repository)
{
    /// <summary>Far more than the observations of the real repository in both languages; past it, cards are composed each time.</summary>
    private const int MaxCards = 4096;

    private readonly ConcurrentDictionary<(Fact Fact, ChatLanguage Language), Reply> _cards = new();
    private int _count;

    /// <summary>The repository version the cards were composed over.</summary>
    public FactRepository Repository => repository;

    public bool TryGet(Fact fact, ChatLanguage language, out Reply card) => _cards.TryGetValue((fact, language), out card!);

    public void Add(Fact fact, ChatLanguage language, Reply card)
    {
        if (Volatile.Read(ref _count) < MaxCards && _cards.TryAdd((fact, language), card))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
