using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Tests.Fakes;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Telegram.Tests.Receiving;

public sealed class UpdateDispatcherTests
{
    [Fact]
    public async Task DispatchAsync_OneChat_HandledInOrderOneAtATime()
    {
        var handled = new ConcurrentQueue<int>();
        var running = 0;
        var overlapped = false;
        using var dispatcher = new UpdateDispatcher(
            async (update, ct) =>
            {
                overlapped |= Interlocked.Increment(ref running) > 1;
                await Task.Yield();
                handled.Enqueue(update.Id);
                Interlocked.Decrement(ref running);
            },
            maxConcurrentUpdates: 8,
            NullLogger<UpdateDispatcher>.Instance);

        for (var id = 1; id <= 50; id++)
        {
            await dispatcher.DispatchAsync(ChatUpdate(id, chatId: 1), CancellationToken.None);
        }

        await dispatcher.DrainAsync(CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 50), handled);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task DispatchAsync_ManyChats_AtMostTheLimitAtOnce()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var running = 0;
        var peak = 0;
        var twoStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var dispatcher = new UpdateDispatcher(
            async (update, ct) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref peak, now);
                if (Interlocked.Increment(ref started) == 2)
                {
                    twoStarted.SetResult();
                }

                await release.Task;
                Interlocked.Decrement(ref running);
            },
            maxConcurrentUpdates: 2,
            NullLogger<UpdateDispatcher>.Instance);

        await dispatcher.DispatchAsync(ChatUpdate(1, chatId: 1), CancellationToken.None);
        await dispatcher.DispatchAsync(ChatUpdate(2, chatId: 2), CancellationToken.None);
        var third = dispatcher.DispatchAsync(ChatUpdate(3, chatId: 3), CancellationToken.None).AsTask();
        await twoStarted.Task;

        Assert.False(third.IsCompleted);
        release.SetResult();
        await third;
        await dispatcher.DrainAsync(CancellationToken.None);
        Assert.Equal(2, peak);
        Assert.Equal(3, started);
    }

    [Fact]
    public async Task DispatchAsync_AFailingUpdate_DoesNotStopTheNext()
    {
        var handled = new ConcurrentQueue<int>();
        using var dispatcher = new UpdateDispatcher(
            (update, ct) => update.Id == 1 ? throw new InvalidOperationException("boom") : Task.Run(() => handled.Enqueue(update.Id), ct),
            maxConcurrentUpdates: 4,
            NullLogger<UpdateDispatcher>.Instance);

        await dispatcher.DispatchAsync(ChatUpdate(1, chatId: 1), CancellationToken.None);
        await dispatcher.DispatchAsync(ChatUpdate(2, chatId: 1), CancellationToken.None);
        await dispatcher.DrainAsync(CancellationToken.None);

        Assert.Equal([2], handled);
    }

    [Fact]
    public async Task DispatchAsync_RepeatedUpdateId_HandledOnce()
    {
        var handled = new ConcurrentQueue<int>();
        using var dispatcher = new UpdateDispatcher(
            (update, ct) => Task.Run(() => handled.Enqueue(update.Id), ct),
            maxConcurrentUpdates: 4,
            NullLogger<UpdateDispatcher>.Instance);

        Assert.True(await dispatcher.DispatchAsync(ChatUpdate(7, chatId: 1), CancellationToken.None));
        Assert.False(await dispatcher.DispatchAsync(ChatUpdate(7, chatId: 1), CancellationToken.None));
        await dispatcher.DrainAsync(CancellationToken.None);

        Assert.Equal([7], handled);
    }

    [Fact]
    public async Task DrainAsync_TimeRunsOut_CancelsWhatIsStillRunning()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var dispatcher = new UpdateDispatcher(
            async (update, ct) =>
            {
                started.SetResult();
                await using var registration = ct.Register(cancelled.SetResult);
                await ct.WhenCancelled();
            },
            maxConcurrentUpdates: 1,
            NullLogger<UpdateDispatcher>.Instance);
        await dispatcher.DispatchAsync(ChatUpdate(1, chatId: 1), CancellationToken.None);
        await started.Task;

        await dispatcher.DrainAsync(new CancellationToken(canceled: true));

        await cancelled.Task;
    }

    [Fact]
    public void OrderKey_CallbacksAndMessagesOfAChat_ShareAKey()
    {
        var message = ChatUpdate(1, chatId: 5);
        var callback = new Update { Id = 2, CallbackQuery = new CallbackQuery { Id = "q", From = new User { Id = 9 }, Message = message.Message } };
        var inline = new Update { Id = 3, InlineQuery = new InlineQuery { Id = "i", From = new User { Id = 9 }, Query = "x" } };

        Assert.Equal(UpdateDispatcher.OrderKey(message), UpdateDispatcher.OrderKey(callback));
        Assert.NotEqual(UpdateDispatcher.OrderKey(message), UpdateDispatcher.OrderKey(inline));
    }

    private static Update ChatUpdate(int id, long chatId) => new()
    {
        Id = id,
        Message = new Message { Id = id, Chat = new Chat { Id = chatId, Type = ChatType.Private }, Text = "x" },
    };

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
