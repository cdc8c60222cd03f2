using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MoocBot.Discord.Gateway;

/// <summary>Runs the gateway connection as a hosted service when <c>Discord:Gateway:Enabled</c> is set.</summary>
internal sealed class DiscordGatewayService(DiscordGatewayClient client, IOptions<DiscordOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Gateway.Enabled ? client.RunAsync(stoppingToken) : Task.CompletedTask;
}
