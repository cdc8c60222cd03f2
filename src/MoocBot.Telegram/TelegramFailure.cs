using Telegram.Bot.Exceptions;

namespace MoocBot.Telegram;

internal static class TelegramFailure
{
    /// <summary>The first HTTP status that is Telegram's fault, not the request's: 5xx are retried.</summary>
    public const int FirstServerError = 500;

    /// <summary>A network error or a 5xx: worth trying again, and expected often enough that it gets one log line, not a stack trace.</summary>
    public static bool IsTransient(RequestException exception) =>
        exception is not ApiRequestException api || api.ErrorCode >= FirstServerError;

    /// <summary>A short reason for /healthz and notice results: Telegram's own description, or the kind of network failure. Never an address, so never the token.</summary>
    public static string Describe(RequestException exception) => exception switch
    {
        ApiRequestException api => $"{api.ErrorCode} {api.Message}",
        { HttpStatusCode: { } status } => $"{(int)status} {status}",
        { InnerException: { } inner } => inner.GetType().Name,
        _ => exception.GetType().Name,
    };
}
