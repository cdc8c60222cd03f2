using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using MoocBot.Core;

namespace MoocBot.Telegram;

/// <summary>Settings of the Telegram adapter, bound from the "Telegram" section (environment: <c>Telegram__BotToken</c> and so on).</summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telegram";

    /// <summary>Telegram's own Bot API address.</summary>
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>The token @BotFather gave the bot ("123456789:AA..."). Secret: set it from the environment, never in a committed file.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server; change it only for a local Bot API server or tests.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Polling (the default) or Webhook.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>In webhook mode, the public HTTPS address Telegram posts to, ending in /telegram/webhook.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>In webhook mode, the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token: 1-256 of A-Z, a-z, 0-9, _ and -.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How many updates are handled at once; updates of one chat are always handled in order.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentUpdates { get; set; } = 64;

    /// <summary>
    /// How long one sendMessage may take. A send that gets no answer in this time is not sent again: Telegram may
    /// already have delivered it (see README, "Reliability").
    /// </summary>
    [TimeSpanRange("00:00:01", "00:01:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a getUpdates may run past its 30-second long poll before it is abandoned and polling starts again.</summary>
    [TimeSpanRange("00:00:01", "00:01:00")]
    public TimeSpan PollTimeoutMargin { get; set; } = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Messages name the setting to fix and never echo a value: the token and the secret are secrets.
        if (string.IsNullOrWhiteSpace(BotToken))
        {
            yield return new ValidationResult(
                "Telegram:BotToken is missing. Set it to the token @BotFather gave the bot, for example with the environment variable Telegram__BotToken.");
        }
        else if (!TokenPattern().IsMatch(BotToken))
        {
            yield return new ValidationResult(
                "Telegram:BotToken is malformed: a bot token looks like 123456789:AAE... (digits, a colon, then at least 30 letters, digits, '_' or '-'). Check the environment variable Telegram__BotToken.");
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult(
                $"Telegram:ApiBaseUrl must be an absolute http(s) address such as {DefaultApiBaseUrl}.");
        }

        if (Mode != TelegramMode.Webhook)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(WebhookUrl) || !Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var webhook) || webhook.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult(
                "Telegram:WebhookUrl must be the bot's public HTTPS address ending in /telegram/webhook when Telegram:Mode is Webhook (environment: Telegram__WebhookUrl).");
        }

        if (string.IsNullOrEmpty(WebhookSecret) || !SecretPattern().IsMatch(WebhookSecret))
        {
            yield return new ValidationResult(
                "Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, '_' and '-' when Telegram:Mode is Webhook (environment: Telegram__WebhookSecret).");
        }
    }

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]{30,}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
