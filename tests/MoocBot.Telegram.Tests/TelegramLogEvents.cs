using Microsoft.Extensions.Logging.Testing;

namespace MoocBot.Telegram.Tests;

/// <summary>The adapter's own log events, as the tests wait for them.</summary>
internal static class TelegramLogEvents
{
    /// <summary>Waits for an event of one of the adapter's loggers (already logged or still to come).</summary>
    public static Task<FakeLogRecord> WaitForEventAsync(this FakeLogs logs, int eventId) =>
        logs.WaitForAsync(e => e.Id.Id == eventId && e.Category?.StartsWith("MoocBot.Telegram", StringComparison.Ordinal) == true);
}
