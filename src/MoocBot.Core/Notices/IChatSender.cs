using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

/// <summary>Sends a reply to a chat on one platform; each adapter provides one for notices.</summary>
public interface IChatSender
{
    /// <summary>"telegram" or "discord".</summary>
    string Platform { get; }

    /// <summary>Sends <paramref name="reply"/> to <paramref name="chatId"/> once; never retries by itself after an ambiguous failure.</summary>
    Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken);
}
