namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>A scripted failure the fake Bot API answers instead of the real result.</summary>
/// <param name="StatusCode">The HTTP status (and error_code).</param>
/// <param name="Description">Telegram's description, e.g. "Too Many Requests: retry after 1".</param>
public sealed record FakeFailure(int StatusCode, string Description)
{
    /// <summary>parameters.retry_after, for 429.</summary>
    public int? RetryAfter { get; init; }

    /// <summary>parameters.migrate_to_chat_id, for a group that became a supergroup.</summary>
    public long? MigrateToChatId { get; init; }

    /// <summary>Answer with an HTML page instead of JSON, as a proxy in front of Telegram does on 502.</summary>
    public bool HtmlBody { get; init; }

    /// <summary>Drop the connection without an answer: a network error.</summary>
    public bool Disconnect { get; init; }

    /// <summary>Handle the call as usual (a message is sent), then never answer: Telegram did the work but its answer is lost.</summary>
    public bool NoAnswer { get; init; }

    /// <summary>A call Telegram carries out but never answers, until the client gives up.</summary>
    public static FakeFailure Hang() => new(0, "no answer") { NoAnswer = true };

    /// <summary>429 Too Many Requests.</summary>
    public static FakeFailure TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}") { RetryAfter = retryAfter };

    /// <summary>403: the user blocked the bot.</summary>
    public static FakeFailure BlockedByUser() => new(403, "Forbidden: bot was blocked by the user");

    /// <summary>403: the bot was removed from the group.</summary>
    public static FakeFailure KickedFromGroup() => new(403, "Forbidden: bot was kicked from the supergroup chat");

    /// <summary>409: another getUpdates request is running.</summary>
    public static FakeFailure Conflict() =>
        new(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    /// <summary>A 5xx with Telegram's JSON body.</summary>
    public static FakeFailure ServerError(int statusCode = 500) =>
        new(statusCode, statusCode == 502 ? "Bad Gateway" : "Internal Server Error");

    /// <summary>502 with an HTML page, which the client cannot read as an API response.</summary>
    public static FakeFailure BadGatewayPage() => new(502, "Bad Gateway") { HtmlBody = true };

    /// <summary>A connection dropped mid-request.</summary>
    public static FakeFailure ConnectionReset() => new(0, "connection reset") { Disconnect = true };

    /// <summary>400 with a description.</summary>
    public static FakeFailure BadRequest(string description) => new(400, "Bad Request: " + description);

    /// <summary>400: the group was upgraded to a supergroup with a new id.</summary>
    public static FakeFailure Migrated(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat") { MigrateToChatId = newChatId };
}
