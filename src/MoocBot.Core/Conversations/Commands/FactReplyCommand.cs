using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

/// <summary>A command that names one fact (by its id or in a few words) and replies about it; a name that fits none or several gets the lookup's reply.</summary>
internal abstract class FactReplyCommand(FactLookup lookup) : IChatCommand
{
    public abstract ChatCommandInfo Info { get; }

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (fact, reply) = lookup.Resolve(context.Arguments, context.Language);
        return Task.FromResult(fact is null ? reply! : Compose(fact, context.Language));
    }

    /// <summary>The reply about the fact the argument named.</summary>
    protected abstract Reply Compose(Fact fact, ChatLanguage language);
}
