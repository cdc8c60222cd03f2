using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;
using MoocBot.Storage;
using MoocBot.Storage.Tests;
using MoocBot.Telegram.Tests.Fakes;
using MoocBot.Tests.Fakes;

namespace MoocBot.Tests.Notices;

/// <summary>
/// Update notices end to end: the bot as <see cref="MoocBot.Hosting.BotHost"/> composes it (notice dispatcher, SQLite outbox file,
/// the Telegram adapter's sender on Telegram.Bot's client) sending over HTTP to the fake Bot API, which enforces
/// Telegram's limits (30 a second overall, 1 a second per chat, 20 a minute per group) on the dispatcher's fake clock.
/// </summary>
public sealed class TelegramNoticeDeliveryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-notices-");
    private readonly List<TestBot> _bots = [];
    private readonly Dictionary<string, string?> _storage = [];
    private FakeBotApiServer _telegram = null!;
    private Action<FakeSentMessage>? _onSent;
    private string? _postgresSchema;

    private DateTimeOffset Now => _time.GetUtcNow();

    public async Task InitializeAsync()
    {
        _storage["Storage:ConnectionString"] = "Data Source=" + Path.Combine(_folder.FullName, "notices.db");
        _telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions
        {
            GlobalMessagesPerSecond = 30,
            PerChatMessagesPerSecond = 1,
            GroupMessagesPerMinute = 20,
            TimeProvider = _time,
            MessageSent = message => _onSent?.Invoke(message),
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }

        await _telegram.DisposeAsync();
        if (_postgresSchema is not null)
        {
            await PostgresDatabase.DropSchemaAsync(_postgresSchema);
        }

        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Dispatcher_TenThousandChats_EachGetsTheNoticeOnceWithout429AndBlockedChatsAreDropped()
    {
        var (dispatcher, store) = await StartBotAsync();
        var chats = Chats(10_000);
        var blocked = Block(chats);
        await DispatcherHarness.SubscribeAsync(store, Now, chats, "national");
        await DispatcherHarness.EnqueueAsync(store, Now, "national");

        var elapsed = await new DispatcherHarness(store, _time).RunUntilDoneAsync(dispatcher);

        Assert.Equal(0, _telegram.RateLimitedCount);
        Assert.DoesNotContain(_telegram.CallsTo("sendMessage"), c => c.StatusCode == 429);
        var sent = _telegram.SentMessages;
        AssertEachOnce(chats.Except(blocked), sent);
        await AssertDroppedAfterOneTryAsync(store, blocked);

        // 25 a second: the 10,000 sends fill 400 one-second windows, the last starting 399 s after the first.
        Assert.True(sent[^1].SentAt - sent[0].SentAt >= TimeSpan.FromSeconds(10_000 / 25 - 1), $"sent over {sent[^1].SentAt - sent[0].SentAt}");
        Assert.True(elapsed >= TimeSpan.FromSeconds(10_000 / 25 - 1), $"took {elapsed}");
        Assert.True(elapsed <= TimeSpan.FromSeconds(10_000 / 25 / 0.95), $"took {elapsed}, under 95% of the bot's pace");
        Assert.Equal(new DeliveryCounts(0, chats.Count - blocked.Count, 0, blocked.Count), await store.CountDeliveriesAsync(CancellationToken.None));
    }

    [Fact]
    public Task Dispatcher_StoppedHalfWayAndANewBotStarted_DeliversTheRestAndNothingTwice() => StopHalfWayAndRestartAsync();

    [PostgresFact]
    public async Task Dispatcher_StoppedHalfWayAndANewBotStartedOnPostgres_DeliversTheRestAndNothingTwice()
    {
        _postgresSchema = "moocbot_test_" + Guid.NewGuid().ToString("N")[..12];
        _storage["Storage:Provider"] = "Postgres";
        _storage["Storage:ConnectionString"] = await PostgresDatabase.CreateSchemaAsync(_postgresSchema);

        await StopHalfWayAndRestartAsync();
    }

    [Fact]
    public async Task Dispatcher_GroupWithManyNotices_KeepsToTwentyAMinuteWithout429()
    {
        var (dispatcher, store) = await StartBotAsync();
        await DispatcherHarness.SubscribeAsync(store, Now, ["-1001", "7"]);
        await DispatcherHarness.EnqueueAsync(store, Now, [.. Enumerable.Repeat("national", 25)]);

        await new DispatcherHarness(store, _time).RunUntilDoneAsync(dispatcher);

        var group = _telegram.SentMessages.Where(m => m.ChatId == -1001).Select(m => m.SentAt).ToList();
        Assert.Equal(25, group.Count);
        Assert.Equal(25, _telegram.SentMessages.Count(m => m.ChatId == 7));
        Assert.True(group[20] - group[0] >= TimeSpan.FromMinutes(1), $"the 21st went {group[20] - group[0]} after the first");
        Assert.Equal(0, _telegram.RateLimitedCount);
    }

    private async Task StopHalfWayAndRestartAsync()
    {
        var (first, store) = await StartBotAsync();
        var chats = Chats(2_000);
        var blocked = Block(chats);
        await DispatcherHarness.SubscribeAsync(store, Now, chats);
        await DispatcherHarness.EnqueueAsync(store, Now, "national");
        using var crash = new CancellationTokenSource();
        var accepted = 0;
        _onSent = _ =>
        {
            if (Interlocked.Increment(ref accepted) == 1_000)
            {
                crash.Cancel();
            }
        };

        // The first bot goes away mid-run without giving its claims back, as a killed process would.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DispatcherHarness(store, _time).RunUntilDoneAsync(first, crash.Token));
        var sentBeforeRestart = (await store.CountDeliveriesAsync(CancellationToken.None)).Sent;
        // The killed process's hold on its host id goes with it (its connection or file lock is released).
        await first.DisposeAsync();

        // A new process starts with empty limiters; it cannot be back within the same second.
        _time.Advance(TimeSpan.FromSeconds(1));
        var (second, reopened) = await StartBotAsync();
        await new DispatcherHarness(reopened, _time).RunUntilDoneAsync(second);

        Assert.InRange(sentBeforeRestart, 1_000, 1_025);
        Assert.Equal(0, _telegram.RateLimitedCount);
        AssertEachOnce(chats.Except(blocked), _telegram.SentMessages);
        await AssertDroppedAfterOneTryAsync(reopened, blocked);
        Assert.Equal(new DeliveryCounts(0, chats.Count - blocked.Count, 0, blocked.Count), await reopened.CountDeliveriesAsync(CancellationToken.None));
    }

    /// <summary>One private chat in every 50 is a group; ids as Telegram gives them (groups negative).</summary>
    private static List<string> Chats(int count) =>
        [.. Enumerable.Range(1, count).Select(i => (i % 50 == 0 ? -1_000_000_000_000 - i : i).ToString(CultureInfo.InvariantCulture))];

    private static void AssertEachOnce(IEnumerable<string> chats, IReadOnlyList<FakeSentMessage> sent)
    {
        var counts = sent.GroupBy(m => m.ChatId.ToString(CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count());
        var expected = chats.ToList();
        Assert.Equal(expected.Count, counts.Count);
        Assert.All(expected, chat => Assert.Equal(1, counts.GetValueOrDefault(chat)));
    }

    /// <summary>Some private chats and some groups blocked the bot: the fake answers 403 "bot was blocked by the user".</summary>
    private List<string> Block(List<string> chats)
    {
        var blocked = chats.Where((_, i) => i % 500 == 123 || i % 1_000 == 499).ToList();
        foreach (var chat in blocked)
        {
            _telegram.BlockChat(long.Parse(chat, CultureInfo.InvariantCulture));
        }

        return blocked;
    }

    private async Task AssertDroppedAfterOneTryAsync(INoticeStore store, List<string> blocked)
    {
        Assert.NotEmpty(blocked);
        var calls = _telegram.CallsTo("sendMessage");
        foreach (var chat in blocked)
        {
            var tries = calls.Where(c => c.Get("chat_id") == chat).ToList();
            Assert.Equal(403, Assert.Single(tries).StatusCode);
            var subscription = await store.FindSubscriptionAsync("telegram", chat, CancellationToken.None);
            Assert.False(subscription!.Active, $"chat {chat} is still subscribed");
        }
    }

    /// <summary>Builds the bot against the fake Bot API and the test's one database; the dispatcher is driven by the test, not the host.</summary>
    private async Task<(NoticeDispatcher Dispatcher, INoticeStore Store)> StartBotAsync()
    {
        var settings = new Dictionary<string, string?>(_storage)
        {
            ["Telegram:BotToken"] = _telegram.Token,
            ["Telegram:ApiBaseUrl"] = _telegram.BaseUrl,
            ["Notices:PublishOnStart"] = "false",
        };
        var bot = TestBot.Build(settings, builder => builder.Services.AddSingleton<TimeProvider>(_time));
        _bots.Add(bot);
        var store = bot.Services.GetRequiredService<INoticeStore>();
        await ((IMigratingStore)store).MigrateAsync(CancellationToken.None);
        var dispatcher = bot.Services.GetServices<IHostedService>().OfType<NoticeDispatcher>().Single();
        return (dispatcher, store);
    }
}
