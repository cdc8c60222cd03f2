namespace MoocBot.Core.Notices;

/// <summary>The result of sending one reply to one chat.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="RetryAfter">With <see cref="SendOutcome.RateLimited"/>: how long to wait.</param>
/// <param name="NewChatId">With <see cref="SendOutcome.ChatMigrated"/>: the chat's new id.</param>
/// <param name="Error">A short description for logs, never containing a token.</param>
public sealed record SendResult(
    SendOutcome Outcome,
    TimeSpan? RetryAfter = null,
    string? NewChatId = null,
    string? Error = null)
{
    /// <summary>The platform accepted the message.</summary>
    public static SendResult Sent { get; } = new(SendOutcome.Sent);
}
