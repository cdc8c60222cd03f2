using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Diagnostics;

/// <summary>
/// The front of the opt-in unanswered-question log: the router hands each "not found" question here, which
/// queues it without waiting; a hosted writer stores the queue. Questions are taken only while that writer
/// runs and the log is enabled, so offline tools (the ask verb) never log. A full queue drops the question.
/// </summary>
public sealed class UnansweredQuestions
{
    private readonly Channel<PendingQuestion> _channel;
    private readonly TimeProvider _timeProvider;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _accepting;
    private long _dropped;

    /// <summary>Creates the queue with the configured capacity.</summary>
    public UnansweredQuestions(IOptions<UnansweredLogOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider;
        _channel = Channel.CreateBounded<PendingQuestion>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>True while questions are being logged.</summary>
    public bool Accepting => _accepting;

    internal ChannelReader<PendingQuestion> Reader => _channel.Reader;

    /// <summary>Completes when the writer starts taking questions (tests wait for it instead of sleeping).</summary>
    internal Task WhenAccepting => _started.Task;

    /// <summary>Queues a question the bot could not answer; never blocks. False when it is not logged (off, or the queue is full).</summary>
    public bool Record(string platform, string text)
    {
        if (!_accepting)
        {
            return false;
        }

        if (_channel.Writer.TryWrite(new PendingQuestion(platform, text, _timeProvider.GetUtcNow())))
        {
            return true;
        }

        Interlocked.Increment(ref _dropped);
        return false;
    }

    internal void Start()
    {
        _accepting = true;
        _started.TrySetResult();
    }

    internal void Stop() => _accepting = false;

    /// <summary>How many questions were dropped since the last call.</summary>
    internal long TakeDropped() => Interlocked.Exchange(ref _dropped, 0);

    internal readonly record struct PendingQuestion(string Platform, string Text, DateTimeOffset AskedAt);
}
