using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>
/// A platform seen from a process that <see cref="ProcessKill"/> may kill. The answers to a group of
/// <paramref name="groupSize"/> sends come back only once the platform has dealt with the whole group, as with a burst of
/// HTTP requests answered together: a kill in the middle finds every message of the group the platform took still
/// unrecorded. After the kill nothing more is sent and no answer reaches the process.
/// </summary>
internal sealed class KillableChatSender(IChatSender inner, ProcessKill process, int groupSize) : IChatSender
{
    private readonly Lock _gate = new();
    private int _dealtWith;
    private TaskCompletionSource _groupDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Platform => inner.Platform;

    public async Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        Task groupDone;
        lock (_gate)
        {
            groupDone = _groupDone.Task;
        }

        SendResult result;
        try
        {
            await Task.Yield();
            process.ThrowIfKilled();
            result = await inner.SendAsync(chatId, reply, cancellationToken);
        }
        finally
        {
            DealtWith();
        }

        await groupDone;
        process.ThrowIfKilled();
        return result;
    }

    private void DealtWith()
    {
        lock (_gate)
        {
            if (++_dealtWith == groupSize)
            {
                _dealtWith = 0;
                _groupDone.TrySetResult();
                _groupDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
