using System.Collections.Concurrent;

namespace MoocBot.Telegram.Sending;

/// <summary>
/// Chats the bot can no longer write to (403: blocked by the user, or removed from the group).
/// Notices skip them; a new message from the chat makes it reachable again.
/// </summary>
internal sealed class ChatReachability
{
    private readonly ConcurrentDictionary<string, byte> _gone = new(StringComparer.Ordinal);

    public bool IsGone(string chatId) => _gone.ContainsKey(chatId);

    public void MarkGone(string chatId) => _gone[chatId] = 0;

    public void MarkReachable(string chatId) => _gone.TryRemove(chatId, out _);
}
