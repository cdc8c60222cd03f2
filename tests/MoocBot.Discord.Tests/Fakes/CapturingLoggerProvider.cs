using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>Keeps every log line (message, exception and scope-free state), at every level, so tests can read them.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, string? Exception, string State)
    {
        public override string ToString() => $"{Level} {Category}[{EventId.Id}]: {Message} {State} {Exception}";
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(", ", pairs.Select(p => p.Key + "=" + p.Value))
                : state?.ToString() ?? string.Empty;
            entries.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), exception?.ToString(), values));
        }
    }
}
