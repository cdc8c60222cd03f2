namespace MoocBot.Telegram;

/// <summary>The component names the adapter reports to <c>BotHealth</c> (/healthz and the health verb).</summary>
internal static class TelegramHealth
{
    public const string Setup = "telegram.setup";
    public const string Poll = "telegram.poll";
    public const string Webhook = "telegram.webhook";
    public const string Send = "telegram.send";
}
