using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations;

/// <summary>
/// The one way platforms look facts up outside a question: Telegram inline mode, Discord autocomplete and
/// /start links. Reads the version the bot serves now.
/// </summary>
public sealed class FactSearch(CurrentFacts facts)
{
    /// <summary>Facts matching a partial query, best first; an empty query lists the headline facts.</summary>
    public IReadOnlyList<Fact> Search(string query, int max)
    {
        ArgumentNullException.ThrowIfNull(query);
        return facts.Answerer.Search(ConversationRouter.Clean(query), max);
    }

    /// <summary>The fact an id names, also in its link form ("national_moocs"); null when it names none.</summary>
    public Fact? FindById(string id) => FactIds.Find(id, facts.Repository.FindFact);
}
