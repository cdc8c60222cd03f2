using Telegram.Bot.Exceptions;

namespace MoocBot.Telegram;

internal static class TelegramFailure
{
    /// <summary>The first HTTP status that is Telegram's fault, not the request's: 5xx are retried.</summary>
    public const int FirstServerError = 500;

    /// <summary>A network error or a 5xx: worth trying again, and expected often enough that it gets one log line, not a stack trace.</summary>
    public static bool IsTransient(RequestException exception) =>
        exception is not ApiRequestException api || api.ErrorCode >= FirstServerError;

    /// <summary>
    /// True when a request may have reached Telegram but no answer came back: our timeout, or the connection lost after the
    /// request was written. Such a send must not be repeated blindly. Failures to resolve, connect or secure the connection
    /// happen before any byte of the request leaves, and an HTTP answer (any status) is an outcome, so neither counts.
    /// </summary>
    public static bool OutcomeUnknown(RequestException exception) =>
        exception is not ApiRequestException
        && exception.HttpStatusCode is null
        && exception.InnerException is not HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
        };

    /// <summary>A short reason for /healthz and notice results: Telegram's own description, or the kind of network failure. Never an address, so never the token.</summary>
    public static string Describe(RequestException exception) => exception switch
    {
        ApiRequestException api => $"{api.ErrorCode} {api.Message}",
        { HttpStatusCode: { } status } => $"{(int)status} {status}",
        { InnerException: TimeoutException } => exception.Message,
        { InnerException: { } inner } => inner.GetType().Name,
        _ => exception.GetType().Name,
    };
}
