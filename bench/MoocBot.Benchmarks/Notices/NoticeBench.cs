using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using MoocBot.Storage;

namespace MoocBot.Benchmarks.Notices;

/// <summary>A SQLite outbox in a temporary folder with a number of subscribed chats.</summary>
internal sealed class NoticeBench : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "moocbot-bench", Guid.NewGuid().ToString("N"));
    private long? _lastVersion;

    public NoticeBench(int chats)
    {
        Store = new SqliteNoticeStore($"Data Source={Path.Combine(_folder, "moocbot.db")}");
        for (var i = 1; i <= chats; i++)
        {
            Store.SetTopicsAsync("telegram", i.ToString(System.Globalization.CultureInfo.InvariantCulture), false, ["all"], DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public INoticeStore Store { get; }

    /// <summary>The dispatcher's instruments, as in the bot: the cost of counting is part of each delivery.</summary>
    public MoocBotMetrics Metrics { get; } = new();

    public async Task EnqueueAsync(DateTimeOffset now)
    {
        var record = await Store.PublishAsync(
            new PublishRequest("v" + (_lastVersion ?? 0), "{}", _lastVersion, [new NoticeDraft("national", ReplyComposer.ComposeText("National figures changed: 62,000 → 63,000."))], now, "test"),
            CancellationToken.None);
        _lastVersion = record!.VersionId;
    }

    public NoticeDispatcher CreateDispatcher(IChatSender sender, TimeProvider timeProvider, NoticesOptions options) =>
        new(Store, [sender], Options.Create(options), timeProvider, NullLogger<NoticeDispatcher>.Instance, new NoticeWakeup(), Metrics, new BotHealth(timeProvider));

    public void Dispose()
    {
        Metrics.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
