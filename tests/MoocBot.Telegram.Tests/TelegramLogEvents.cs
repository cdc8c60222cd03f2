using Microsoft.Extensions.Logging.Testing;
using MoocBot.Core.Conversations;

namespace MoocBot.Telegram.Tests;

/// <summary>The adapter's own log events, as the tests wait for them.</summary>
internal static class TelegramLogEvents
{
    /// <summary>Waits for an event of one of the adapter's loggers (already logged or still to come).</summary>
    public static Task<FakeLogRecord> WaitForEventAsync(this FakeLogs logs, int eventId) =>
        logs.WaitForAsync(e => e.Id.Id == eventId && IsTelegrams(e));

    /// <summary>Waits for a failed update: Core's <see cref="ChatLog.AnswerFailed"/>, shared by the platforms, logged by the adapter.</summary>
    public static Task<FakeLogRecord> WaitForFailedAnswerAsync(this FakeLogs logs) =>
        logs.WaitForAsync(e => e.Id is { Id: 3, Name: nameof(ChatLog.AnswerFailed) } && IsTelegrams(e));

    private static bool IsTelegrams(FakeLogRecord record) => record.Category?.StartsWith("MoocBot.Telegram", StringComparison.Ordinal) == true;
}
