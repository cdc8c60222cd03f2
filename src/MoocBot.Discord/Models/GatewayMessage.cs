namespace MoocBot.Discord.Models;

/// <summary>The fields of a MESSAGE_CREATE dispatch the bot needs.</summary>
internal sealed record GatewayMessage
{
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public string? GuildId { get; init; }

    public DiscordUser? Author { get; init; }

    public string Content { get; init; } = string.Empty;

    public IReadOnlyList<DiscordUser>? Mentions { get; init; }

    public int? Type { get; init; }
}
