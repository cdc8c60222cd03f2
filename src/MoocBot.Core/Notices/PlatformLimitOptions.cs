using System.ComponentModel.DataAnnotations;

namespace MoocBot.Core.Notices;

/// <summary>How fast notices may go out on one platform.</summary>
public sealed class PlatformLimitOptions
{
    /// <summary>At most this many messages in any one-second window, over all chats.</summary>
    [Range(1, 10_000)]
    public int MessagesPerSecond { get; set; } = 25;

    /// <summary>At least this long between two messages to the same chat.</summary>
    [TimeSpanRange("00:00:00", "01:00:00")]
    public TimeSpan ChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many messages to one group in any one-minute window; 0 for no group limit.</summary>
    [Range(0, 10_000)]
    public int GroupMessagesPerMinute { get; set; } = 20;
}
