namespace MoocBot.Core.Conversations;

/// <summary>One invocation of a command.</summary>
/// <param name="Message">The message that invoked it.</param>
/// <param name="Arguments">The text after the command name, trimmed; empty when there is none.</param>
public sealed record ChatCommandContext(ChatMessage Message, string Arguments)
{
    /// <summary>The language to reply in: the chat's choice, else the message's language or the platform's hint.</summary>
    public ChatLanguage Language { get; init; } = ChatLanguage.English;
}
