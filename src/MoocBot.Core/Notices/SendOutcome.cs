namespace MoocBot.Core.Notices;

/// <summary>What a platform said to one send.</summary>
public enum SendOutcome
{
    /// <summary>The platform accepted the message.</summary>
    Sent,

    /// <summary>429: wait <see cref="SendResult.RetryAfter"/> and try again.</summary>
    RateLimited,

    /// <summary>The bot was blocked or removed, or the chat does not exist: stop sending there.</summary>
    ChatGone,

    /// <summary>The chat moved (Telegram group to supergroup): send to <see cref="SendResult.NewChatId"/>.</summary>
    ChatMigrated,

    /// <summary>A network error or 5xx: worth retrying later.</summary>
    TransientFailure,

    /// <summary>The platform refused this message for good.</summary>
    PermanentFailure,
}
