using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>A platform whose answer to one chat waits until the test lets it go, as a slow send does; other chats are answered at once.</summary>
internal sealed class HeldChatSender(IChatSender inner, string heldChatId) : IChatSender
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Platform => inner.Platform;

    /// <summary>Completes when the send to the held chat has begun.</summary>
    public Task Started => _started.Task;

    public void Release() => _released.TrySetResult();

    public async Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        if (chatId == heldChatId)
        {
            _started.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        return await inner.SendAsync(chatId, reply, cancellationToken);
    }
}
