namespace MoocBot.Discord;

internal static class DiscordPlatform
{
    /// <summary>The platform name in <c>ChatMessage.Platform</c>, senders and subscriptions.</summary>
    public const string Name = "discord";
}
