using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class RelatedCommand(FactLookup lookup, CurrentFacts facts, ReplyComposer composer) : IChatCommand
{
    private const int MaxRelated = 6;

    public ChatCommandInfo Info { get; } =
        ChatCommandInfo.ForFact("related", "Figures related to one figure", "fact", "which figure, in a few words", "/related moocs") with { Listed = false };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var answerer = facts.Answerer;
        var (fact, reply) = lookup.Resolve(answerer, context.Arguments, context.Language);
        if (fact is null)
        {
            return Task.FromResult(reply!);
        }

        var related = answerer.Repository.Facts
            .Where(f => f.Topic == fact.Topic && f.Id != fact.Id)
            .Take(MaxRelated)
            .ToList();
        var counts = context.Language == ChatLanguage.Chinese ? ChineseFactFormatter.Counts(fact) : fact.Counts;
        return Task.FromResult(composer.ComposeList(MessageCatalogue.Get("related.heading", context.Language, counts), related, withButtons: true, context.Language));
    }
}
