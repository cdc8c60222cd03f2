using MoocBot.Core.Answering;

namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>One question answered in a conversation.</summary>
/// <param name="Answer">What was found, as for any question.</param>
/// <param name="Reply">What the chat shows.</param>
/// <param name="FollowUpOf">The earlier question this one was read against, or null when the context was not used.</param>
public sealed record ConversationTurn(Answer Answer, Reply Reply, string? FollowUpOf);
