namespace MoocBot.Core.Notices;

/// <summary>At most <c>limit</c> events in any window of <c>length</c>: an event at t counts until t + length.</summary>
internal sealed class SlidingWindow(int limit, TimeSpan length)
{
    private readonly Queue<DateTimeOffset> _events = new();

    public bool IsIdle(DateTimeOffset now)
    {
        Expire(now);
        return _events.Count == 0;
    }

    /// <summary>Zero when an event may happen now, else how long until one may.</summary>
    public TimeSpan Delay(DateTimeOffset now)
    {
        Expire(now);
        return _events.Count < limit ? TimeSpan.Zero : _events.Peek() + length - now;
    }

    public void Record(DateTimeOffset now) => _events.Enqueue(now);

    private void Expire(DateTimeOffset now)
    {
        while (_events.Count > 0 && _events.Peek() + length <= now)
        {
            _events.Dequeue();
        }
    }
}
