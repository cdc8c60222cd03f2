namespace MoocBot.Telegram;

internal static class TelegramPlatform
{
    public const string Name = "telegram";
}
