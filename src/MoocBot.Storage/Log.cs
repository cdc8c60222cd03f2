using Microsoft.Extensions.Logging;

namespace MoocBot.Storage;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Provider} storage ready at schema version {Version} ({Applied} migration(s) applied)")]
    public static partial void StorageReady(ILogger logger, StorageProvider provider, int version, int applied);
}
