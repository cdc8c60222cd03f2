using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class SourceCommand(FactLookup lookup, ReplyComposer composer) : FactReplyCommand(lookup)
{
    public override ChatCommandInfo Info { get; } = ChatCommandInfo.ForFact(
        "source", "The sentence a figure comes from, and its article", "fact", "which figure, in a few words", "/source learners");

    protected override Reply Compose(Fact fact, ChatLanguage language) => composer.ComposeQuote(fact, language);
}
