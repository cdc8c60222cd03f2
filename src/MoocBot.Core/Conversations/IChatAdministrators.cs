namespace MoocBot.Core.Conversations;

/// <summary>Tells whether a message's sender may manage its chat (change its subscriptions); one per platform.</summary>
public interface IChatAdministrators
{
    /// <summary>"telegram" or "discord".</summary>
    string Platform { get; }

    /// <summary>True when the sender of <paramref name="message"/> administers the chat it came from.</summary>
    Task<bool> IsAdministratorAsync(ChatMessage message, CancellationToken cancellationToken);
}
