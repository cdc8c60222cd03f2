using System.ComponentModel.DataAnnotations;

namespace MoocBot.Discord;

/// <summary>
/// Settings of the Discord adapter, from the <c>Discord</c> section of the configuration
/// (environment variables <c>Discord__ApplicationId</c>, <c>Discord__PublicKey</c>, <c>Discord__BotToken</c>, ...).
/// </summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Discord";

    /// <summary>The application's id (Developer Portal, General Information, "Application ID").</summary>
    [Required(ErrorMessage = "Discord:ApplicationId is missing (environment variable Discord__ApplicationId): copy the Application ID from the Developer Portal's General Information page.")]
    [RegularExpression("^[0-9]{15,20}$", ErrorMessage = "Discord:ApplicationId (Discord__ApplicationId) must be the numeric Application ID from the Developer Portal.")]
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>The application's Ed25519 public key, 64 hex digits (General Information, "Public Key").</summary>
    [Required(ErrorMessage = "Discord:PublicKey is missing (environment variable Discord__PublicKey): copy the Public Key from the Developer Portal's General Information page.")]
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey (Discord__PublicKey) must be the 64 hex digits of the Public Key from the Developer Portal.")]
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>The bot token (Bot page, "Reset Token"). A secret: set it from the environment or user-secrets, never in a committed file.</summary>
    [Required(ErrorMessage = "Discord:BotToken is missing (environment variable Discord__BotToken): create one on the Developer Portal's Bot page.")]
    [RegularExpression(@"^[A-Za-z0-9._\-]{20,200}$", ErrorMessage = "Discord:BotToken (Discord__BotToken) does not look like a bot token: give the token alone, without \"Bot \", quotes or spaces.")]
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The REST API's base address, version included.</summary>
    [Required(ErrorMessage = "Discord:ApiBaseUrl (Discord__ApiBaseUrl) must be an absolute address such as https://discord.com/api/v10.")]
    [AbsoluteUri(ErrorMessage = "Discord:ApiBaseUrl (Discord__ApiBaseUrl) must be an absolute address such as https://discord.com/api/v10.")]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>The gateway's address, used only when <see cref="DiscordGatewayOptions.Enabled"/> is set.</summary>
    [Required(ErrorMessage = "Discord:GatewayUrl (Discord__GatewayUrl) must be an absolute address such as wss://gateway.discord.gg.")]
    [AbsoluteUri(ErrorMessage = "Discord:GatewayUrl (Discord__GatewayUrl) must be an absolute address such as wss://gateway.discord.gg.")]
    public Uri GatewayUrl { get; set; } = new("wss://gateway.discord.gg");

    /// <summary>When set, commands are registered in this server only (they appear at once; handy while developing).</summary>
    [RegularExpression("^[0-9]{15,20}$", ErrorMessage = "Discord:GuildId (Discord__GuildId) must be a numeric server id, or be left out to register the commands globally.")]
    public string? GuildId { get; set; }

    /// <summary>The optional gateway connection for plain messages that mention the bot.</summary>
    public DiscordGatewayOptions Gateway { get; set; } = new();
}
