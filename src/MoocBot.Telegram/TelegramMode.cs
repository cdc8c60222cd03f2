namespace MoocBot.Telegram;

/// <summary>How the bot receives updates from Telegram.</summary>
public enum TelegramMode
{
    /// <summary>Long-poll getUpdates; needs no public address. The default.</summary>
    Polling,

    /// <summary>Telegram posts updates to <c>POST /telegram/webhook</c> on the host's public HTTPS address.</summary>
    Webhook,
}
