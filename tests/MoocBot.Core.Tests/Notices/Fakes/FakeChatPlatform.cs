using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>
/// A chat platform as a dispatcher sees it: it records every accepted message with the fake time it arrived and,
/// like Telegram, answers 429 to anything over its limits: more than <see cref="MessagesPerSecond"/> in any second,
/// a second message to one chat within <see cref="ChatInterval"/>, more than <see cref="GroupMessagesPerMinute"/>
/// to one group (a chat id starting with '-') in any minute.
/// </summary>
internal sealed class FakeChatPlatform(TimeProvider timeProvider, string platform = "telegram") : IChatSender
{
    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset At, string ChatId)> _accepted = [];
    private readonly Dictionary<string, Func<SendResult?>> _scripts = new(StringComparer.Ordinal);

    public string Platform => platform;

    public int MessagesPerSecond { get; init; } = 25;

    public TimeSpan ChatInterval { get; init; } = TimeSpan.FromSeconds(1);

    public int GroupMessagesPerMinute { get; init; } = 20;

    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Called after each accepted message with the number accepted so far.</summary>
    public Action<int>? OnAccepted { get; set; }

    public int TooManyRequests { get; private set; }

    public int Calls { get; private set; }

    public IReadOnlyList<(DateTimeOffset At, string ChatId)> Accepted
    {
        get
        {
            lock (_gate)
            {
                return [.. _accepted];
            }
        }
    }

    public IReadOnlyDictionary<string, int> CountByChat
    {
        get
        {
            lock (_gate)
            {
                return _accepted.GroupBy(a => a.ChatId).ToDictionary(g => g.Key, g => g.Count());
            }
        }
    }

    /// <summary>Makes sends to <paramref name="chatId"/> answer what <paramref name="script"/> returns (null: behave normally).</summary>
    public void Script(string chatId, Func<SendResult?> script) => _scripts[chatId] = script;

    public void Block(string chatId) => Script(chatId, () => new SendResult(SendOutcome.ChatGone, Error: "Forbidden: bot was blocked by the user"));

    public Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        Action<int>? after = null;
        var count = 0;
        SendResult result;
        lock (_gate)
        {
            Calls++;
            var now = timeProvider.GetUtcNow();
            if (_scripts.TryGetValue(chatId, out var script) && script() is { } scripted)
            {
                result = scripted;
            }
            else if (OverLimits(chatId, now))
            {
                TooManyRequests++;
                result = new SendResult(SendOutcome.RateLimited, RetryAfter, Error: "Too Many Requests");
            }
            else
            {
                _accepted.Add((now, chatId));
                count = _accepted.Count;
                after = OnAccepted;
                result = SendResult.Sent;
            }
        }

        after?.Invoke(count);
        return Task.FromResult(result);
    }

    private bool OverLimits(string chatId, DateTimeOffset now)
    {
        var overall = 0;
        var group = 0;
        for (var i = _accepted.Count - 1; i >= 0; i--)
        {
            var (at, chat) = _accepted[i];
            if (at <= now - TimeSpan.FromMinutes(1))
            {
                break;
            }

            if (at > now - TimeSpan.FromSeconds(1))
            {
                overall++;
            }

            if (chat == chatId)
            {
                if (at > now - ChatInterval)
                {
                    return true;
                }

                group++;
            }
        }

        return overall >= MessagesPerSecond || (chatId.StartsWith('-') && group >= GroupMessagesPerMinute);
    }
}
