using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Tests.Diagnostics;

public sealed class UnansweredQuestionsTests
{
    [Fact]
    public void Record_WriterNotRunning_TakesNothing()
    {
        var queue = new UnansweredQuestions(Options.Create(new UnansweredLogOptions { Enabled = true }), new FakeTimeProvider());

        Assert.False(queue.Record("telegram", "what is the weather"));
        Assert.False(queue.Reader.TryRead(out _));
    }

    [Fact]
    public void Record_QueueFull_DropsAndCountsWithoutWaiting()
    {
        var queue = new UnansweredQuestions(Options.Create(new UnansweredLogOptions { Enabled = true, QueueCapacity = 2 }), new FakeTimeProvider());
        queue.Start();

        var taken = Enumerable.Range(0, 5).Select(i => queue.Record("telegram", "question " + i)).ToList();

        Assert.Equal([true, true, false, false, false], taken);
        Assert.Equal(3, queue.TakeDropped());
        Assert.Equal(0, queue.TakeDropped());
    }

    [Fact]
    public void Record_Started_KeepsPlatformTextAndTime()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var queue = new UnansweredQuestions(Options.Create(new UnansweredLogOptions { Enabled = true }), time);
        queue.Start();

        queue.Record("discord", "how many moocs in africa");

        Assert.True(queue.Reader.TryRead(out var pending));
        Assert.Equal(("discord", "how many moocs in africa", time.GetUtcNow()), (pending.Platform, pending.Text, pending.AskedAt));
    }
}
