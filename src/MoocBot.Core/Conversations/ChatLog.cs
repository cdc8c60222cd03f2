using Microsoft.Extensions.Logging;

namespace MoocBot.Core.Conversations;

/// <summary>
/// Log events every chat platform writes alike, under one event id with the platform as a value, so one query finds
/// them on Telegram and Discord together. Each platform logs them through its own logger (its category).
/// </summary>
public static partial class ChatLog
{
    /// <summary>Answering one incoming update failed; the rest go on. <paramref name="incoming"/> says which ("update 42", "interaction /fact").</summary>
    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Answering {Incoming} on {Platform} failed")]
    public static partial void AnswerFailed(ILogger logger, string platform, string incoming, Exception exception);
}
