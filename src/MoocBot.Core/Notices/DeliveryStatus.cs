namespace MoocBot.Core.Notices;

/// <summary>The state of one delivery row; stored as its number.</summary>
public enum DeliveryStatus
{
    /// <summary>Waiting to be sent (or retried).</summary>
    Pending = 0,

    /// <summary>The platform accepted it.</summary>
    Sent = 1,

    /// <summary>Given up.</summary>
    Failed = 2,

    /// <summary>Not sent: the chat is gone, or it unsubscribed from the notice's topic.</summary>
    Dropped = 3,
}
