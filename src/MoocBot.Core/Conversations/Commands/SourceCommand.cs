namespace MoocBot.Core.Conversations.Commands;

internal sealed class SourceCommand(FactLookup lookup, ReplyComposer composer) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("source", "The sentence a figure comes from, and its article")
    {
        ArgumentName = "fact",
        ArgumentDescription = "which figure, in a few words",
        ArgumentRequired = true,
        ArgumentIsFact = true,
        Example = "/source learners",
    };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var (fact, reply) = lookup.Resolve(context.Arguments, context.Language);
        return Task.FromResult(fact is null ? reply! : composer.ComposeQuote(fact, context.Language));
    }
}
