using MoocBot.Core.Conversations;

namespace MoocBot.Discord;

/// <summary>
/// On Discord the interaction says who may manage the server (Manage Server or Administrator), and the
/// adapter puts it in <see cref="ChatMessage.SenderIsAdmin"/>; a DM is its user's own chat.
/// </summary>
internal sealed class DiscordChatAdministrators : IChatAdministrators
{
    public string Platform => DiscordPlatform.Name;

    public Task<bool> IsAdministratorAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Task.FromResult(message.SenderIsAdmin ?? !message.IsGroup);
    }
}
