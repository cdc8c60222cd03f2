using Microsoft.Extensions.Logging;

namespace MoocBot.Telegram.Tests;

/// <summary>One log line as a test sees it.</summary>
internal sealed record TestLogEntry(string Category, LogLevel Level, EventId Id, string Message, Exception? Exception, IReadOnlyList<string> Values)
{
    /// <summary>Everything a log sink could write for this line.</summary>
    public string FullText => string.Join('\n', [Category, Message, Exception?.ToString() ?? string.Empty, .. Values]);
}
