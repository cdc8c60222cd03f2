using Microsoft.Extensions.Hosting;

namespace MoocBot.Telegram.Receiving;

/// <summary>Webhook mode: registers the webhook and the command menu at start; updates arrive at <see cref="TelegramWebhookEndpoint"/>.</summary>
internal sealed class TelegramWebhookService(TelegramBotSetup setup, UpdateDispatcher dispatcher) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.DrainAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await setup.PrepareAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped before Telegram could be reached.
        }
    }
}
