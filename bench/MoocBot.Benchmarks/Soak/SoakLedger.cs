using System.Collections.Concurrent;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Benchmarks.Soak;

/// <summary>
/// What was asked and what came back: every question fed, every sendMessage attempt (and the fault injected into it)
/// and every message the fake accepted, matched by <see cref="SoakKeys"/>. Thread-safe; the fake calls it from its
/// request threads.
/// </summary>
internal sealed class SoakLedger(TimeProvider timeProvider)
{
    private const int MaxSamples = 5;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<double> _latenciesMs = [];
    private readonly List<string> _unexpectedSamples = [];
    private readonly SortedDictionary<int, long> _injected = [];
    private readonly SortedDictionary<int, long> _retried = [];
    private readonly ConcurrentQueue<FakeSentMessage> _calibration = new();
    private IReadOnlyDictionary<string, int> _kindsByReply = new Dictionary<string, int>();
    private long _expected;
    private long _answered;
    private long _duplicates;
    private long _unexpected;
    private long _attempts;

    /// <summary>Replies to the calibration chats, which the soak does not count.</summary>
    public IReadOnlyCollection<FakeSentMessage> CalibrationReplies => _calibration;

    public IReadOnlyDictionary<string, int> KindsByReply => Volatile.Read(ref _kindsByReply);

    public long Expected
    {
        get
        {
            lock (_lock)
            {
                return _expected;
            }
        }
    }

    public long Answered
    {
        get
        {
            lock (_lock)
            {
                return _answered;
            }
        }
    }

    /// <summary>sendMessage calls so far, failed ones included: it moves while the bot is still retrying.</summary>
    public long Attempts
    {
        get
        {
            lock (_lock)
            {
                return _attempts;
            }
        }
    }

    public bool AllAnswered
    {
        get
        {
            lock (_lock)
            {
                return _answered >= _expected;
            }
        }
    }

    /// <summary>Starts counting, with the private replies told apart by their text.</summary>
    public void Begin(IReadOnlyDictionary<string, int> kindsByReply) => Volatile.Write(ref _kindsByReply, kindsByReply);

    /// <summary>A question was fed; call before the fake can hand it to the bot.</summary>
    public void Expect(string key)
    {
        var now = timeProvider.GetTimestamp();
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                _entries[key] = entry = new Entry();
            }

            entry.Expected++;
            entry.FedAt.Enqueue(now);
            _expected++;
        }
    }

    /// <summary>The bot called sendMessage; <paramref name="failedWith"/> is the status injected into the call, if any.</summary>
    public void Attempt(string? key, int? failedWith)
    {
        lock (_lock)
        {
            _attempts++;
            if (failedWith is { } status)
            {
                _injected[status] = _injected.GetValueOrDefault(status) + 1;
            }

            if (key is null || !_entries.TryGetValue(key, out var entry))
            {
                return;
            }

            // An earlier failure for the same question followed by this attempt is a retry.
            if (entry.Faults is { } faults)
            {
                for (; entry.FaultsRetried < faults.Count; entry.FaultsRetried++)
                {
                    _retried[faults[entry.FaultsRetried]] = _retried.GetValueOrDefault(faults[entry.FaultsRetried]) + 1;
                }
            }

            if (failedWith is { } failure)
            {
                (entry.Faults ??= []).Add(failure);
            }
        }
    }

    /// <summary>The fake accepted a message.</summary>
    public void Sent(FakeSentMessage message)
    {
        if (SoakKeys.IsCalibrationChat(message.ChatId))
        {
            _calibration.Enqueue(message);
            return;
        }

        var now = timeProvider.GetTimestamp();
        var key = SoakKeys.OfReply(message.ChatId, message.ReplyToMessageId, message.Text, KindsByReply);
        lock (_lock)
        {
            if (key is null || !_entries.TryGetValue(key, out var entry))
            {
                _unexpected++;
                if (_unexpectedSamples.Count < MaxSamples)
                {
                    _unexpectedSamples.Add($"chat {message.ChatId}: {Shorten(message.VisibleText)}");
                }

                return;
            }

            entry.Answered++;
            if (entry.Answered > entry.Expected)
            {
                _duplicates++;
                return;
            }

            _answered++;
            _latenciesMs.Add(timeProvider.GetElapsedTime(entry.FedAt.Dequeue(), now).TotalMilliseconds);
        }
    }

    /// <summary>The verdict so far.</summary>
    public SoakTally Tally()
    {
        lock (_lock)
        {
            var missing = 0L;
            var gaveUp = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var entry in _entries.Values.Where(e => e.Answered < e.Expected))
            {
                missing += entry.Expected - entry.Answered;
                var history = entry.Faults is { Count: > 0 } faults ? string.Join(" then ", faults) : "no fault injected";
                gaveUp[history] = gaveUp.GetValueOrDefault(history) + 1;
            }

            var sorted = _latenciesMs.ToArray();
            Array.Sort(sorted);
            return new SoakTally(
                _expected,
                _answered,
                missing,
                _duplicates,
                _unexpected,
                [.. _unexpectedSamples],
                _attempts,
                new SortedDictionary<int, long>(_injected),
                new SortedDictionary<int, long>(_retried),
                gaveUp,
                sorted);
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private sealed class Entry
    {
        public int Expected { get; set; }

        public int Answered { get; set; }

        public Queue<long> FedAt { get; } = new(1);

        public List<int>? Faults { get; set; }

        public int FaultsRetried { get; set; }
    }
}
