namespace MoocBot.Telegram.Sending;

/// <summary>Where in a chat a reply goes: under the message it answers, in the forum topic it came from.</summary>
/// <param name="ReplyToMessageId">The message answered, shown quoted above the reply; null for none.</param>
/// <param name="MessageThreadId">The forum topic, when the question was asked in one.</param>
internal sealed record ReplyTarget(int? ReplyToMessageId, int? MessageThreadId)
{
    public static ReplyTarget None { get; } = new(null, null);
}
