using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>Keeps every log line (message, exception and scope-free state), at every level, so tests can read them.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private readonly List<(Func<CapturedLog, bool> Match, TaskCompletionSource<CapturedLog> Signal)> _waiters = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Add);

    /// <summary>Completes with the first entry (already logged or still to come) that matches.</summary>
    public Task<CapturedLog> WaitForAsync(Func<CapturedLog, bool> match)
    {
        lock (_lock)
        {
            if (_entries.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var signal = new TaskCompletionSource<CapturedLog>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task;
        }
    }

    public void Dispose()
    {
    }

    public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, string? Exception, string State)
    {
        public override string ToString() => $"{Level} {Category}[{EventId.Id}]: {Message} {State} {Exception}";
    }

    private void Add(CapturedLog entry)
    {
        List<TaskCompletionSource<CapturedLog>> toSignal = [];
        lock (_lock)
        {
            _entries.Enqueue(entry);
            foreach (var waiter in _waiters.Where(w => w.Match(entry)).ToList())
            {
                _waiters.Remove(waiter);
                toSignal.Add(waiter.Signal);
            }
        }

        foreach (var signal in toSignal)
        {
            signal.TrySetResult(entry);
        }
    }

    private sealed class CapturingLogger(string category, Action<CapturedLog> add) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(", ", pairs.Select(p => p.Key + "=" + p.Value))
                : state?.ToString() ?? string.Empty;
            add(new CapturedLog(category, logLevel, eventId, formatter(state, exception), exception?.ToString(), values));
        }
    }
}
