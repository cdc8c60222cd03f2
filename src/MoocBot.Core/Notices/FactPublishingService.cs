using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Answering;

namespace MoocBot.Core.Notices;

/// <summary>Publishes the loaded repository when the host starts, so a facts file changed while the bot was down reaches subscribers (<see cref="FactFileWatcher"/> publishes changes made while it runs).</summary>
internal sealed class FactPublishingService(
    FactPublisher publisher,
    CurrentFacts facts,
    IOptions<NoticesOptions> options,
    ILogger<FactPublishingService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.PublishOnStart)
        {
            return;
        }

        try
        {
            await publisher.PublishAsync(facts.Repository, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.PublishOnStartFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
