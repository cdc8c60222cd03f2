using System.Text.Json.Nodes;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>How the fake Bot API behaves.</summary>
public sealed record FakeBotApiOptions
{
    /// <summary>The only token it accepts; others get 401. Matches Telegram's token format.</summary>
    public string Token { get; init; } = "123456789:AAFakeTokenForMoocBotTests_01234";

    /// <summary>The bot's user id (getMe).</summary>
    public long BotId { get; init; } = 123456789;

    /// <summary>The bot's user name, without '@'.</summary>
    public string BotUserName { get; init; } = "MoocTestBot";

    /// <summary>When set, sendMessage calls above this many per second overall get 429 (Telegram: about 30).</summary>
    public int? GlobalMessagesPerSecond { get; init; }

    /// <summary>When set, sendMessage calls above this many per second to one chat get 429 (Telegram: about 1).</summary>
    public int? PerChatMessagesPerSecond { get; init; }

    /// <summary>When set, sendMessage calls above this many per minute to one group (a negative chat id) get 429 (Telegram: 20).</summary>
    public int? GroupMessagesPerMinute { get; init; }

    /// <summary>Clock for rate limits and message dates; a FakeTimeProvider makes limits deterministic.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long the WaitFor methods wait before failing with what they saw.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Keep every call in <see cref="FakeBotApiServer.Calls"/>; turn off for long load runs.</summary>
    public bool RecordCalls { get; init; } = true;

    /// <summary>Keep every sent message in <see cref="FakeBotApiServer.SentMessages"/>; turn off for long runs (WaitForSentMessagesAsync still counts them).</summary>
    public bool RecordSentMessages { get; init; } = true;

    /// <summary>
    /// Asked for every authorised call that <see cref="FakeBotApiServer.FailNext"/> did not already fail, with the method
    /// and its parameters: a failure to answer instead, or null to handle the call. For random faults in soak runs;
    /// it runs on the server's request threads, so it must be thread-safe. A failed sendMessage is never recorded as sent.
    /// </summary>
    public Func<string, JsonObject, FakeFailure?>? InjectFailure { get; init; }

    /// <summary>Called once for each message sendMessage accepted, after it was counted; runs on the request thread and must be thread-safe.</summary>
    public Action<FakeSentMessage>? MessageSent { get; init; }
}
