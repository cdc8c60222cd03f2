using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

/// <summary>A notice to write to the outbox: what changed in one topic.</summary>
/// <param name="Topic">The topic; it goes to chats subscribed to this topic or to "all".</param>
/// <param name="Reply">The message every recipient gets.</param>
public sealed record NoticeDraft(string Topic, Reply Reply);
