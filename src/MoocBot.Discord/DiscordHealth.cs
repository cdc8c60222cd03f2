namespace MoocBot.Discord;

/// <summary>The component names the adapter reports to <c>BotHealth</c> (/healthz and the health verb).</summary>
internal static class DiscordHealth
{
    public const string Gateway = "discord.gateway";
    public const string Rest = "discord.rest";
    public const string Commands = "discord.commands";
    public const string Interactions = "discord.interactions";
}
