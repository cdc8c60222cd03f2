using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class FactCommand(FactLookup lookup, ReplyComposer composer) : FactReplyCommand(lookup)
{
    public override ChatCommandInfo Info { get; } = ChatCommandInfo.ForFact(
        "fact", "Look up one figure", "query", "what figure you want, in a few words", "/fact registered users");

    protected override Reply Compose(Fact fact, ChatLanguage language) => composer.ComposeFact(fact, language);
}
