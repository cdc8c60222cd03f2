namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>Waiting for a cancellation, not for a time: what <c>Task.Delay(Timeout.Infinite, token)</c> did, without a timer.</summary>
internal static class CancellationTokenWaits
{
    /// <summary>A task that is cancelled when <paramref name="token"/> is, and never completes otherwise.</summary>
    public static Task WhenCancelled(this CancellationToken token)
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        token.Register(() => cancelled.TrySetCanceled(token));
        return cancelled.Task;
    }
}
