namespace MoocBot.Telegram.Receiving;

/// <summary>Webhook mode: registers the webhook and the command menu at start; updates arrive at <see cref="TelegramWebhookEndpoint"/>.</summary>
internal sealed class TelegramWebhookService(TelegramBotSetup setup, UpdateDispatcher dispatcher) : TelegramReceiver(setup, dispatcher)
{
    protected override Task ReceiveAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
