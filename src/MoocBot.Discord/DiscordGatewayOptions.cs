namespace MoocBot.Discord;

/// <summary>Settings of the optional gateway connection (<c>Discord:Gateway</c>).</summary>
public sealed class DiscordGatewayOptions
{
    /// <summary>
    /// True to connect to the gateway and answer plain messages that mention the bot or come by DM.
    /// Slash commands need no gateway: they arrive at the interactions endpoint.
    /// </summary>
    public bool Enabled { get; set; }
}
