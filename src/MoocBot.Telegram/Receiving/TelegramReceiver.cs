using Microsoft.Extensions.Hosting;

namespace MoocBot.Telegram.Receiving;

/// <summary>
/// What polling and webhook mode share: prepare the bot at Telegram (webhook, command menu) before receiving, and on
/// stop let the updates in hand finish within the host's shutdown timeout.
/// </summary>
internal abstract class TelegramReceiver(TelegramBotSetup setup, UpdateDispatcher dispatcher) : BackgroundService
{
    /// <summary>Where received updates go.</summary>
    protected UpdateDispatcher Dispatcher { get; } = dispatcher;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Dispatcher.DrainAsync(cancellationToken);
    }

    /// <summary>Receives updates until the host stops; <see cref="TelegramBotSetup.PrepareAsync"/> has succeeded.</summary>
    protected abstract Task ReceiveAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await setup.PrepareAsync(stoppingToken);
            await ReceiveAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping, possibly before Telegram could be reached.
        }
    }
}
