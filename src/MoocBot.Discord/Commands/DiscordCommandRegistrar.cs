using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Discord.Commands;

/// <summary>
/// At start-up, registers the declared slash commands with one bulk overwrite, and only when Discord's
/// copy differs (an unchanged restart costs one GET and no PUT).
/// </summary>
internal sealed class DiscordCommandRegistrar(
    DiscordCommandCatalog catalog,
    Rest.DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    BotHealth health,
    ILogger<DiscordCommandRegistrar> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var result = await RegisterOnceAsync(stoppingToken);
        if (result is CommandRegistration.Registered or CommandRegistration.Unchanged)
        {
            health.Succeeded(DiscordHealth.Commands);
        }
        else
        {
            health.Failed(DiscordHealth.Commands, result == CommandRegistration.Invalid ? "the declared commands break Discord's rules" : "Discord did not accept the commands");
        }
    }

    /// <summary>Returns what happened, for logs and tests.</summary>
    internal async Task<CommandRegistration> RegisterOnceAsync(CancellationToken cancellationToken)
    {
        var scope = options.Value.GuildId is { Length: > 0 } ? "in the configured server" : "globally";
        var commands = catalog.Commands;
        var problems = ApplicationCommandRules.Validate(commands);
        if (problems.Count > 0)
        {
            Log.CommandsInvalid(logger, string.Join(" ", problems));
            return CommandRegistration.Invalid;
        }

        try
        {
            var existing = await rest.GetCommandsAsync(cancellationToken);
            if (existing is not null && ApplicationCommandRules.AreSame(commands, existing))
            {
                Log.CommandsUpToDate(logger, commands.Count, scope);
                return CommandRegistration.Unchanged;
            }

            var response = await rest.OverwriteCommandsAsync(commands, cancellationToken);
            if (!response.IsSuccess)
            {
                Log.CommandsRejected(logger, (int)response.Status, response.ErrorMessage);
                return CommandRegistration.Failed;
            }

            Log.CommandsRegistered(logger, commands.Count, scope);
            return CommandRegistration.Registered;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.CommandRegistrationFailed(logger, ex);
            return CommandRegistration.Failed;
        }
    }
}
