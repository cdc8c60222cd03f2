namespace MoocBot.Discord.Models;

internal sealed record Interaction
{
    public required string Id { get; init; }

    public required InteractionType Type { get; init; }

    public string? ApplicationId { get; init; }

    /// <summary>A secret valid 15 minutes: it lets anyone answer as the bot, so it is never logged.</summary>
    public string Token { get; init; } = string.Empty;

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public GuildMember? Member { get; init; }

    public DiscordUser? User { get; init; }

    /// <summary>The invoking user's client language ("zh-CN", "en-US"); the hint for replies on auto.</summary>
    public string? Locale { get; init; }
}
