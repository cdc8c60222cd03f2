using Telegram.Bot.Exceptions;

namespace MoocBot.Telegram;

internal static class TelegramFailure
{
    /// <summary>A short reason for /healthz and notice results: Telegram's own description, or the kind of network failure. Never an address, so never the token.</summary>
    public static string Describe(RequestException exception) => exception switch
    {
        ApiRequestException api => $"{api.ErrorCode} {api.Message}",
        { HttpStatusCode: { } status } => $"{(int)status} {status}",
        { InnerException: { } inner } => inner.GetType().Name,
        _ => exception.GetType().Name,
    };
}
