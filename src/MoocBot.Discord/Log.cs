using Microsoft.Extensions.Logging;

namespace MoocBot.Discord;

/// <summary>Log messages of the Discord adapter. None carries a bot token, an interaction token or a payload.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Rejected a Discord interaction with a missing or invalid signature")]
    public static partial void SignatureRejected(ILogger logger);

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "Rejected a signed Discord interaction whose timestamp is {Offset} from now (more than {Window}): a replayed request, or the bot's clock is wrong")]
    public static partial void TimestampRejected(ILogger logger, TimeSpan offset, TimeSpan window);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A signed Discord interaction could not be read: {Reason}")]
    public static partial void InteractionMalformed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "The answer to a Discord {What} took longer than the inline budget; deferred (ephemeral: {Ephemeral})")]
    public static partial void InteractionDeferred(ILogger logger, string what, bool ephemeral);

    // Ids 4 and 38 stay unused: a failed answer is Core's ChatLog.AnswerFailed (event 3) on every platform, and an old id must not come back meaning something else.

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Discord refused the deferred answer to a {What} with status {Status}")]
    public static partial void DeferredAnswerRejected(ILogger logger, string what, int status);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Sending the deferred answer to a Discord {What} failed")]
    public static partial void DeferredAnswerFailed(ILogger logger, string what, Exception exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "The private answer to a Discord {What} could not replace the public deferral (delete answered {Status}); answering in public")]
    public static partial void DeferredPublicResponseKept(ILogger logger, string what, int status);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "The deferred answer to a Discord {What} is ready before the deferral has gone out; waiting for it")]
    public static partial void DeferredAnswerWaitsForDeferral(ILogger logger, string what);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "The deferral of a Discord {What} had not gone out after {Wait}; sending the deferred answer anyway")]
    public static partial void DeferralNotSent(ILogger logger, string what, TimeSpan wait);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Discord slash commands are up to date ({Count} commands, {Scope})")]
    public static partial void CommandsUpToDate(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Registered {Count} Discord slash commands {Scope}")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "The declared Discord slash commands break Discord's rules and were not registered: {Problems}")]
    public static partial void CommandsInvalid(ILogger logger, string problems);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Discord refused the slash commands with status {Status}: {Error}")]
    public static partial void CommandsRejected(ILogger logger, int status, string? error);

    [LoggerMessage(EventId = 14, Level = LogLevel.Error, Message = "Registering the Discord slash commands failed; they keep their previous definition")]
    public static partial void CommandRegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: waiting {RetryAfter} before retrying (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, TimeSpan retryAfter, bool global);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: asked to wait {RetryAfter} after {Attempts} attempts; giving the request back")]
    public static partial void RateLimitedGivingUp(ILogger logger, string route, TimeSpan retryAfter, int attempts);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Discord {Route} answered {Status} (code {Code}): {Error}")]
    public static partial void RequestFailed(ILogger logger, string route, int status, int? code, string? error);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "Sending to Discord channel {ChannelId} failed: {Error}; it will be retried")]
    public static partial void SendFailedTransiently(ILogger logger, string channelId, string error);

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Connecting to the Discord gateway at {Address} (resuming: {Resuming})")]
    public static partial void GatewayConnecting(ILogger logger, Uri address, bool resuming);

    [LoggerMessage(EventId = 31, Level = LogLevel.Information, Message = "Discord gateway ready; the bot's user id is {BotUserId}")]
    public static partial void GatewayReady(ILogger logger, string? botUserId);

    [LoggerMessage(EventId = 32, Level = LogLevel.Information, Message = "Discord gateway session resumed")]
    public static partial void GatewayResumed(ILogger logger);

    [LoggerMessage(EventId = 33, Level = LogLevel.Warning, Message = "Discord gateway connection ended: {Reason}; reconnecting (resume: {Resume}) in {Delay}")]
    public static partial void GatewayReconnecting(ILogger logger, string reason, bool resume, TimeSpan delay);

    [LoggerMessage(EventId = 34, Level = LogLevel.Critical, Message = "The Discord gateway stopped and will not reconnect: close code {Reason}. Slash commands still work through the interactions endpoint")]
    public static partial void GatewayStopped(ILogger logger, string reason);

    [LoggerMessage(EventId = 35, Level = LogLevel.Warning, Message = "The Discord gateway did not acknowledge the last heartbeat; dropping the zombied connection")]
    public static partial void GatewayZombie(ILogger logger);

    [LoggerMessage(EventId = 36, Level = LogLevel.Warning, Message = "The Discord gateway connection failed: {Error}")]
    public static partial void GatewayConnectionFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 39, Level = LogLevel.Error, Message = "The Discord gateway connection broke unexpectedly; reconnecting")]
    public static partial void GatewayConnectionBroke(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 37, Level = LogLevel.Warning, Message = "Discord refused the answer in channel {ChannelId} with status {Status}")]
    public static partial void GatewayAnswerRejected(ILogger logger, string channelId, int status);

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "Refused Discord interaction {InteractionId}: it was handled already, so this is a replay of a captured request")]
    public static partial void InteractionReplayed(ILogger logger, string interactionId);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Refused a request to the Discord interactions endpoint with {StatusCode}: {Description}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string description);
}
