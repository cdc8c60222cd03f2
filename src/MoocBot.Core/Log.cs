using Microsoft.Extensions.Logging;
using MoocBot.Core.Notices;

namespace MoocBot.Core;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Command /{Command} failed on {Platform}")]
    public static partial void CommandFailed(ILogger logger, string command, string platform, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Reading the language of a {Platform} chat failed; following the message's language")]
    public static partial void LanguageLookupFailed(ILogger logger, string platform, Exception exception);

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "The conversation context of a {Platform} chat could not be read or kept; the question is answered on its own")]
    public static partial void ConversationStoreFailed(ILogger logger, string platform, Exception exception);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "{Summary}")]
    public static partial void FactsPublished(ILogger logger, PublishSummary summary);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "Notice dispatcher {Owner} started for {Platforms}")]
    public static partial void DispatcherStarted(ILogger logger, string owner, IReadOnlyList<string> platforms);

    [LoggerMessage(EventId = 503, Level = LogLevel.Debug, Message = "No chat platform can send notices; the notice dispatcher is idle")]
    public static partial void NoSenders(ILogger logger);

    [LoggerMessage(EventId = 504, Level = LogLevel.Error, Message = "The notice dispatcher failed; trying again in {Delay}")]
    public static partial void DispatchFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 505, Level = LogLevel.Warning, Message = "{Platform} asked to slow down; notices pause for {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string platform, TimeSpan retryAfter);

    [LoggerMessage(EventId = 506, Level = LogLevel.Information, Message = "{Platform} chat {ChatId} is gone ({Reason}); its subscription is deactivated")]
    public static partial void ChatGone(ILogger logger, string platform, string chatId, string reason);

    [LoggerMessage(EventId = 507, Level = LogLevel.Information, Message = "{Platform} chat {ChatId} moved to {NewChatId}; its subscription follows")]
    public static partial void ChatMigrated(ILogger logger, string platform, string chatId, string newChatId);

    [LoggerMessage(EventId = 508, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} to {Platform} chat {ChatId} failed ({Error}); attempt {Attempt}, next try at {NotBefore}")]
    public static partial void DeliveryRetry(ILogger logger, long deliveryId, string platform, string chatId, string error, int attempt, DateTimeOffset notBefore);

    [LoggerMessage(EventId = 509, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} to {Platform} chat {ChatId} failed for good: {Error}")]
    public static partial void DeliveryFailed(ILogger logger, long deliveryId, string platform, string chatId, string error);

    [LoggerMessage(EventId = 510, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} was accepted by the platform but this host no longer held it")]
    public static partial void LeaseLost(ILogger logger, long deliveryId);

    [LoggerMessage(EventId = 511, Level = LogLevel.Warning, Message = "Sending a notice on {Platform} threw")]
    public static partial void SendThrew(ILogger logger, string platform, Exception exception);

    [LoggerMessage(EventId = 512, Level = LogLevel.Warning, Message = "Publishing the fact repository at start-up failed (attempt {Attempt}: {Reason}); trying again in {Delay}")]
    public static partial void PublishOnStartFailed(ILogger logger, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 513, Level = LogLevel.Information, Message = "{Platform} chat {ChatId} now gets notices on: {Topics}")]
    public static partial void SubscriptionChanged(ILogger logger, string platform, string chatId, IReadOnlyList<string> topics);

    [LoggerMessage(EventId = 514, Level = LogLevel.Information, Message = "Watching the fact repository {Path} for changes every {Interval}")]
    public static partial void WatchingFacts(ILogger logger, string path, TimeSpan interval);

    [LoggerMessage(EventId = 515, Level = LogLevel.Information, Message = "The fact repository changed: now serving version {Version} ({Facts} facts) instead of {PreviousVersion}")]
    public static partial void FactsReloaded(ILogger logger, string version, int facts, string previousVersion);

    [LoggerMessage(EventId = 516, Level = LogLevel.Error, Message = "The fact repository {Path} changed but cannot be served; still serving version {Version}. Fix the file (run 'moocbot facts check'): {Problems}")]
    public static partial void FactsRefused(ILogger logger, string path, string version, string problems);

    [LoggerMessage(EventId = 517, Level = LogLevel.Error, Message = "Publishing fact repository version {Version} failed; trying again in {Interval}")]
    public static partial void ReloadPublishFailed(ILogger logger, string version, TimeSpan interval, Exception exception);

    [LoggerMessage(EventId = 518, Level = LogLevel.Error, Message = "Looking for changes to the fact repository {Path} failed; trying again in {Interval}")]
    public static partial void FactWatchFailed(ILogger logger, string path, TimeSpan interval, Exception exception);

    [LoggerMessage(EventId = 519, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} was accepted by the platform but recording it failed; recording it again")]
    public static partial void RecordSentFailed(ILogger logger, long deliveryId, Exception exception);

    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "{Count} claimed notice(s) were not sent: their chats unsubscribed from the topic since, or another host holds them now")]
    public static partial void DeliveriesSkipped(ILogger logger, int count);

    [LoggerMessage(EventId = 521, Level = LogLevel.Warning, Message = "Another running process uses the host id {HostId} (Notices:HostId); this host sends no notices until that process stops. Give each host its own id")]
    public static partial void HostIdInUse(ILogger logger, string hostId);

    [LoggerMessage(EventId = 522, Level = LogLevel.Warning, Message = "Host {HostId} took back {Released} notice delivery(ies) its previous run held when it stopped; {SendsCutOff} of them were being sent when it died and may reach their chats twice")]
    public static partial void HostResumed(ILogger logger, string hostId, int released, int sendsCutOff);

    [LoggerMessage(EventId = 540, Level = LogLevel.Error, Message = "The subscription change of {Platform} chat {ChatId} was not saved: the store failed")]
    public static partial void SubscriptionNotSaved(ILogger logger, string platform, string chatId, Exception exception);

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Questions the bot cannot answer are logged (no user or chat ids) and kept {RetentionDays} days")]
    public static partial void UnansweredLogOn(ILogger logger, int retentionDays);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "Deleted {Count} unanswered question(s) older than {RetentionDays} days")]
    public static partial void UnansweredPurged(ILogger logger, int count, int retentionDays);

    [LoggerMessage(EventId = 603, Level = LogLevel.Warning, Message = "Deleting old unanswered questions failed; trying again within the hour")]
    public static partial void UnansweredPurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 604, Level = LogLevel.Warning, Message = "{Count} unanswered question(s) were not logged: the queue was full")]
    public static partial void UnansweredDropped(ILogger logger, long count);

    [LoggerMessage(EventId = 605, Level = LogLevel.Warning, Message = "Storing {Count} unanswered question(s) failed; they are not logged")]
    public static partial void UnansweredWriteFailed(ILogger logger, int count, Exception exception);
}
