using Microsoft.Extensions.Logging;

namespace MoocBot.Telegram;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Telegram bot @{BotName} is up ({Mode} mode)")]
    public static partial void Connected(ILogger logger, string botName, TelegramMode mode);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Telegram refused getUpdates with 409 Conflict ({Description}): another instance of this bot is polling with the same token, or a webhook is set. Retrying in {RetryIn}")]
    public static partial void PollingConflict(ILogger logger, string description, TimeSpan retryIn);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Telegram rate-limited getUpdates; retrying in {RetryIn}")]
    public static partial void PollingRateLimited(ILogger logger, TimeSpan retryIn);

    // A transient failure is one line: at 1% of requests failing, a stack trace each would fill the log with copies.
    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Polling Telegram failed ({Error}), {Failures} in a row; retrying in {RetryIn}")]
    public static partial void PollingFailed(ILogger logger, string error, int failures, TimeSpan retryIn);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Polling Telegram works again after {Failures} failed attempts")]
    public static partial void PollingRecovered(ILogger logger, int failures);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Telegram rejected Telegram:BotToken ({ErrorCode}): it was revoked or is wrong. Get the current token from @BotFather and set Telegram__BotToken. Retrying in {RetryIn}")]
    public static partial void TokenRejected(ILogger logger, int errorCode, TimeSpan retryIn);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Could not reach Telegram at start-up ({Error}), attempt {Attempt}; retrying in {RetryIn}")]
    public static partial void SetupFailed(ILogger logger, string error, int attempt, TimeSpan retryIn);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Telegram webhook set to {WebhookUrl}")]
    public static partial void WebhookSet(ILogger logger, string webhookUrl);

    // Id 9 stays unused: a failed update is Core's ChatLog.AnswerFailed (event 3) on every platform, and an old id must not come back meaning something else.

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Telegram update {UpdateId} arrived again and was skipped")]
    public static partial void DuplicateUpdate(ILogger logger, int updateId);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Telegram update {UpdateId} was cancelled because the host is stopping")]
    public static partial void UpdateCancelled(ILogger logger, int updateId);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "{Pending} Telegram updates were still being handled when the host stopped")]
    public static partial void DrainTimedOut(ILogger logger, int pending);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Rejected a Telegram webhook request from {RemoteAddress}: wrong or missing secret token")]
    public static partial void WebhookUnauthorized(ILogger logger, string? remoteAddress);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Rejected a Telegram webhook request with {StatusCode}: {Description}")]
    public static partial void WebhookRejected(ILogger logger, int statusCode, string description);

    [LoggerMessage(EventId = 15, Level = LogLevel.Information, Message = "Telegram rate-limited a reply to chat {ChatId}; sending it again in {RetryAfter}")]
    public static partial void ReplyRateLimited(ILogger logger, string chatId, TimeSpan retryAfter);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Dropped a reply to chat {ChatId}: Telegram rate-limited it again (retry after {RetryAfter})")]
    public static partial void ReplyRateLimitedGaveUp(ILogger logger, string chatId, TimeSpan retryAfter);

    [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "The bot can no longer write to chat {ChatId} ({Description}); notices skip it until someone writes from it again")]
    public static partial void ChatGone(ILogger logger, string chatId, string description);

    [LoggerMessage(EventId = 18, Level = LogLevel.Information, Message = "Chat {ChatId} became supergroup {NewChatId}; sending there")]
    public static partial void ChatMigrated(ILogger logger, string chatId, string newChatId);

    [LoggerMessage(EventId = 19, Level = LogLevel.Warning, Message = "Sending a reply to chat {ChatId} failed ({Error}), attempt {Attempt}; retrying in {RetryIn}")]
    public static partial void ReplyTransientFailure(ILogger logger, string chatId, string error, int attempt, TimeSpan retryIn);

    [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "Gave up a reply to chat {ChatId} after {Attempts} attempts")]
    public static partial void ReplyFailed(ILogger logger, string chatId, int attempts, Exception exception);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "Telegram refused a reply to chat {ChatId}: {ErrorCode} {Description}")]
    public static partial void ReplyRejected(ILogger logger, string chatId, int errorCode, string description);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Could not answer a Telegram callback query")]
    public static partial void CallbackAnswerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "Could not check the administrators of Telegram chat {ChatId}")]
    public static partial void AdminCheckFailed(ILogger logger, string chatId, Exception exception);

    [LoggerMessage(EventId = 24, Level = LogLevel.Warning, Message = "Could not record in the subscriptions what Telegram said about chat {ChatId}")]
    public static partial void ChatStatusNotRecorded(ILogger logger, string chatId, Exception exception);

    [LoggerMessage(EventId = 25, Level = LogLevel.Warning, Message = "Polling Telegram failed unexpectedly, {Failures} in a row; retrying in {RetryIn}")]
    public static partial void PollingFailedUnexpectedly(ILogger logger, int failures, TimeSpan retryIn, Exception exception);

    [LoggerMessage(EventId = 26, Level = LogLevel.Warning, Message = "Telegram refused a start-up call, attempt {Attempt}; retrying in {RetryIn}")]
    public static partial void SetupFailedUnexpectedly(ILogger logger, int attempt, TimeSpan retryIn, Exception exception);

    [LoggerMessage(EventId = 27, Level = LogLevel.Warning, Message = "Sending to Telegram chat {ChatId} failed with an unknown outcome ({Error}); it may have been delivered, so it is not sent again")]
    public static partial void SendOutcomeUnknown(ILogger logger, string chatId, string error);

    [LoggerMessage(EventId = 28, Level = LogLevel.Warning, Message = "Skipped Telegram update {UpdateId}: it cannot be read ({Error})")]
    public static partial void UpdateUnreadable(ILogger logger, int? updateId, string? error);
}
