namespace MoocBot.Core.Conversations.Commands;

internal sealed class FactCommand(FactLookup lookup, ReplyComposer composer) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("fact", "Look up one figure")
    {
        ArgumentName = "query",
        ArgumentDescription = "what figure you want, in a few words",
        ArgumentRequired = true,
        ArgumentIsFact = true,
        Example = "/fact registered users",
    };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var (fact, reply) = lookup.Resolve(context.Arguments, context.Language);
        return Task.FromResult(fact is null ? reply! : composer.ComposeFact(fact, context.Language));
    }
}
