namespace MoocBot.Discord.Models;

internal sealed record DiscordUser
{
    public required string Id { get; init; }

    public string? Username { get; init; }

    public bool? Bot { get; init; }
}
