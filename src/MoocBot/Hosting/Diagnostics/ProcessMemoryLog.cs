using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MoocBot.Hosting.Diagnostics;

/// <summary>
/// Logs at Debug, when the bot stops, where its memory went (<see cref="ProcessMemory"/>): the figures behind the
/// telegram-load benchmark's RSS, for an operator who turns the category on (Logging__LogLevel__MoocBot.Hosting.Diagnostics=Debug).
/// </summary>
internal sealed partial class ProcessMemoryLog(ILogger<ProcessMemoryLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var memory = ProcessMemory.Describe();
            MemoryAtStop(logger, memory);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Memory at stop: {Memory}")]
    private static partial void MemoryAtStop(ILogger logger, string memory);
}
