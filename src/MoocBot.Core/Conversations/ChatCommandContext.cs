namespace MoocBot.Core.Conversations;

/// <summary>One invocation of a command.</summary>
/// <param name="Message">The message that invoked it.</param>
/// <param name="Arguments">The text after the command name, trimmed; empty when there is none.</param>
public sealed record ChatCommandContext(ChatMessage Message, string Arguments);
