namespace MoocBot.Discord.Models;

internal sealed record GuildMember
{
    public DiscordUser? User { get; init; }

    /// <summary>The member's permissions in the channel, a decimal bit set as a string (only in interactions).</summary>
    public string? Permissions { get; init; }
}
