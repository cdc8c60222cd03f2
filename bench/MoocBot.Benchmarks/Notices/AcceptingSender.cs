using System.Diagnostics;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;

namespace MoocBot.Benchmarks.Notices;

/// <summary>A platform that accepts every message at once, so only the dispatcher and its store are measured.</summary>
internal sealed class AcceptingSender : IChatSender
{
    private readonly List<long> _timestamps = [];

    public string Platform => "telegram";

    public int Accepted { get; private set; }

    public IReadOnlyList<long> Timestamps => _timestamps;

    public bool RecordTimes { get; init; }

    public void Reset()
    {
        Accepted = 0;
        _timestamps.Clear();
    }

    public Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        lock (_timestamps)
        {
            Accepted++;
            if (RecordTimes)
            {
                _timestamps.Add(Stopwatch.GetTimestamp());
            }
        }

        return Task.FromResult(SendResult.Sent);
    }
}
