namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>How the fake Bot API behaves.</summary>
public sealed record FakeBotApiOptions
{
    /// <summary>The only token it accepts; others get 401. Matches Telegram's token format.</summary>
    public string Token { get; init; } = "123456789:AAFakeTokenForMoocBotTests_0123456789";

    /// <summary>The bot's user id (getMe).</summary>
    public long BotId { get; init; } = 123456789;

    /// <summary>The bot's user name, without '@'.</summary>
    public string BotUserName { get; init; } = "MoocTestBot";

    /// <summary>When set, sendMessage calls above this many per second overall get 429 (Telegram: about 30).</summary>
    public int? GlobalMessagesPerSecond { get; init; }

    /// <summary>When set, sendMessage calls above this many per second to one chat get 429 (Telegram: about 1).</summary>
    public int? PerChatMessagesPerSecond { get; init; }

    /// <summary>Clock for rate limits and message dates; a FakeTimeProvider makes limits deterministic.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long the WaitFor methods wait before failing with what they saw.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Keep every call in <see cref="FakeBotApiServer.Calls"/>; turn off for long load runs.</summary>
    public bool RecordCalls { get; init; } = true;
}
