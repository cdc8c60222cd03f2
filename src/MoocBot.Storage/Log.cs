using Microsoft.Extensions.Logging;

namespace MoocBot.Storage;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Provider} storage ready at schema version {Version} ({Applied} migration(s) applied)")]
    public static partial void StorageReady(ILogger logger, StorageProvider provider, int version, int applied);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The {Provider} store cannot be used yet (attempt {Attempt}: {Reason}); trying again in {Delay}. Until it answers, /healthz reports the store unhealthy and nothing is saved")]
    public static partial void StorageUnreachable(ILogger logger, StorageProvider provider, int attempt, string reason, TimeSpan delay);
}
