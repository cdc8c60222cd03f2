using Microsoft.Extensions.Logging;

namespace MoocBot.Core;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Command /{Command} failed on {Platform}")]
    public static partial void CommandFailed(ILogger logger, string command, string platform, Exception exception);
}
