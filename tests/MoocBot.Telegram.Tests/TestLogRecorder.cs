using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MoocBot.Telegram.Tests;

/// <summary>Records every log line of a host, at every level, and lets a test await a particular one.</summary>
internal sealed class TestLogRecorder : ILoggerProvider
{
    private readonly Lock _lock = new();
    private readonly List<TestLogEntry> _entries = [];
    private readonly List<(Func<TestLogEntry, bool> Match, TaskCompletionSource<TestLogEntry> Signal)> _waiters = [];
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public IReadOnlyList<TestLogEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>The first entry (already logged or still to come) that matches.</summary>
    public async Task<TestLogEntry> WaitForAsync(Func<TestLogEntry, bool> match, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource<TestLogEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_entries.FirstOrDefault(match) is { } existing)
            {
                return existing;
            }

            _waiters.Add((match, signal));
        }

        return await signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    /// <summary>Waits for an event of one of the adapter's loggers.</summary>
    public Task<TestLogEntry> WaitForEventAsync(int eventId) =>
        WaitForAsync(e => e.Id.Id == eventId && e.Category.StartsWith("MoocBot.Telegram", StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new Logger(this, name));

    public void Dispose()
    {
    }

    private void Add(TestLogEntry entry)
    {
        lock (_lock)
        {
            _entries.Add(entry);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(entry))
                {
                    _waiters[i].Signal.TrySetResult(entry);
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    private sealed class Logger(TestLogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            recorder.Add(new TestLogEntry(
                category,
                logLevel,
                eventId,
                formatter(state, exception),
                exception,
                [.. values.Select(v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)]));
        }
    }
}
