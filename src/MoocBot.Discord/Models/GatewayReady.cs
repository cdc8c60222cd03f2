namespace MoocBot.Discord.Models;

internal sealed record GatewayReady
{
    public required string SessionId { get; init; }

    public Uri? ResumeGatewayUrl { get; init; }

    public DiscordUser? User { get; init; }
}
