namespace MoocBot.Core.Conversations;

/// <summary>A slash command. Register implementations in DI; every platform offers the same set.</summary>
public interface IChatCommand
{
    /// <summary>Name, description and argument, used for routing, /help and platform registration.</summary>
    ChatCommandInfo Info { get; }

    /// <summary>Runs the command and returns the reply.</summary>
    Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken);
}
