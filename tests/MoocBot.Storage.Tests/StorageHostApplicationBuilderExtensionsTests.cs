using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices;

namespace MoocBot.Storage.Tests;

public sealed class StorageHostApplicationBuilderExtensionsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "moocbot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddMoocBotStorage_DefaultProvider_MigratesAndRecordsTheFirstVersionAtStart()
    {
        var path = Path.Combine(_folder, "nested", "moocbot.db");
        using var host = BuildHost(new() { ["Storage:ConnectionString"] = $"Data Source={path}" });

        await host.StartAsync();
        var store = host.Services.GetRequiredService<INoticeStore>();
        var last = await store.FindLastPublishedAsync(CancellationToken.None);
        await host.StopAsync();

        Assert.IsType<SqliteNoticeStore>(store);
        Assert.True(File.Exists(path));
        Assert.Equal(NoticeTestData.Current.Version, last?.Version);
    }

    [Fact]
    public void AddMoocBotStorage_WithNotices_RegistersTheSubscriptionCommands()
    {
        using var host = BuildHost(new() { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}" });

        var names = host.Services.GetRequiredService<ConversationRouter>().Commands.Select(c => c.Name);

        Assert.Contains("subscribe", names);
        Assert.Contains("unsubscribe", names);
        Assert.Contains("subscriptions", names);
    }

    [Fact]
    public void AddMoocBotStorage_Alone_WiresNoNoticesAndNoUnansweredLog()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddMoocBotCore(NoticeTestData.Current);
        builder.AddMoocBotStorage();
        using var host = builder.Build();

        var names = host.Services.GetRequiredService<ConversationRouter>().Commands.Select(c => c.Name);

        Assert.DoesNotContain("subscribe", names);
        Assert.Null(host.Services.GetService<FactPublisher>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Namespace == typeof(FactPublisher).Namespace);
        Assert.NotNull(host.Services.GetService<INoticeStore>());
    }

    [Fact]
    public async Task AddMoocBotStorage_PostgresWithoutConnectionString_FailsAtStart()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:ConnectionString (environment variable Storage__ConnectionString) is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMoocBotStorage_Sqlite_KeepsConversationContextsInMemory()
    {
        using var host = BuildHost(new() { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}" });

        Assert.IsType<InMemoryConversationContextStore>(host.Services.GetRequiredService<IConversationContextStore>());
    }

    [Fact]
    public void AddMoocBotStorage_Postgres_KeepsConversationContextsInTheDatabaseForEveryHost()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = "Host=127.0.0.1;Database=moocbot;Username=moocbot",
        });

        Assert.IsType<PostgresNoticeStore>(host.Services.GetRequiredService<IConversationContextStore>());
    }

    [Fact]
    public void KeepConversationsInStore_Sqlite_KeepsThemInTheFileForTheNextProcess()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}" });
        builder.AddMoocBotCore(NoticeTestData.Current);
        builder.AddMoocBotStorage();
        builder.Services.KeepConversationsInStore();
        using var host = builder.Build();

        Assert.IsType<SqliteNoticeStore>(host.Services.GetRequiredService<IConversationContextStore>());
    }

    [Fact]
    public async Task AddMoocBotStorage_TooFewContextsInMemory_FailsAtStart()
    {
        using var host = BuildHost(new()
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}",
            ["Conversations:MaxInMemory"] = "5",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MaxInMemory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMoocBotStorage_LeaseShorterThanThreeSendTimeouts_FailsAtStart()
    {
        using var host = BuildHost(new()
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}",
            ["Notices:Lease"] = "00:01:20",
            ["Notices:SendTimeout"] = "00:00:30",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Notices:Lease must be at least three times Notices:SendTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMoocBotStorage_InvalidTelegramLimit_FailsAtStart()
    {
        using var host = BuildHost(new()
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}",
            ["Notices:Telegram:MessagesPerSecond"] = "0",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MessagesPerSecond", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMoocBotStorage_UnansweredLogEnabled_StoresNotFoundQuestionsWithoutUserOrChatIds()
    {
        var path = Path.Combine(_folder, "moocbot.db");
        using var host = BuildHost(new()
        {
            ["Storage:ConnectionString"] = $"Data Source={path}",
            ["Diagnostics:UnansweredLog:Enabled"] = "true",
            ["Diagnostics:UnansweredLog:MaxTextLength"] = "40",
        });
        var router = host.Services.GetRequiredService<ConversationRouter>();
        var queue = host.Services.GetRequiredService<UnansweredQuestions>();

        await host.StartAsync();
        await queue.WhenAccepting.WaitAsync(TimeSpan.FromSeconds(30));
        var unanswered = await router.HandleAsync(new ChatMessage("telegram", "-100777", "user-555", "What is the weather in Paris tomorrow, @alice_smith? Tell me more please", IsGroup: false, MentionsBot: false), CancellationToken.None);
        var answered = await router.HandleAsync(new ChatMessage("telegram", "-100777", "user-555", "how many moocs are there?", IsGroup: false, MentionsBot: false), CancellationToken.None);
        await host.StopAsync();

        Assert.NotNull(unanswered);
        Assert.NotNull(answered);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT * FROM unanswered_questions", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.Equal(["id", "platform", "text", "normalized", "asked_at"], Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        Assert.True(await reader.ReadAsync(), unanswered?.ToPlainText());
        Assert.Equal("telegram", reader.GetString(1));
        Assert.Equal("What is the weather in Paris tomorrow, @", reader.GetString(2));
        Assert.DoesNotContain("alice", reader.GetString(2), StringComparison.Ordinal);
        Assert.False(await reader.ReadAsync());
    }

    [Fact]
    public async Task AddMoocBotStorage_UnansweredLogOff_TakesNothing()
    {
        using var host = BuildHost(new() { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}" });
        var router = host.Services.GetRequiredService<ConversationRouter>();
        var queue = host.Services.GetRequiredService<UnansweredQuestions>();

        await host.StartAsync();
        await router.HandleAsync(new ChatMessage("telegram", "1", "2", "What is the weather in Paris tomorrow?", IsGroup: false, MentionsBot: false), CancellationToken.None);
        await host.StopAsync();

        Assert.False(queue.Accepting);
        Assert.Empty(await host.Services.GetRequiredService<IUnansweredQuestionLog>().FindFrequentAsync(DateTimeOffset.UnixEpoch, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AddMoocBotStorage_UnansweredLogRetentionZero_FailsAtStart()
    {
        using var host = BuildHost(new()
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}",
            ["Diagnostics:UnansweredLog:RetentionDays"] = "0",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("RetentionDays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMoocBotStorage_LanguageSetOnAnotherHost_SeenOnceTheCachedChoiceExpires()
    {
        var path = Path.Combine(_folder, "moocbot.db");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
        using var first = BuildLanguageHost(path, time);
        using var second = BuildLanguageHost(path, time);
        await first.StartAsync();
        await second.StartAsync();
        var firstRouter = first.Services.GetRequiredService<ConversationRouter>();
        var secondRouter = second.Services.GetRequiredService<ConversationRouter>();
        var question = new ChatMessage("telegram", "42", "7", "how many moocs are there?", IsGroup: false, MentionsBot: false);

        var before = await secondRouter.HandleAsync(question, CancellationToken.None);
        await firstRouter.HandleAsync(question with { Text = "/language zh" }, CancellationToken.None);
        var onTheSameHost = await firstRouter.HandleAsync(question, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(29));
        var stillCached = await secondRouter.HandleAsync(question, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        var expired = await secondRouter.HandleAsync(question, CancellationToken.None);
        await first.StopAsync();
        await second.StopAsync();

        Assert.IsType<CachedChatLanguageStore>(first.Services.GetRequiredService<IChatLanguageStore>());
        Assert.False(ChatLanguages.IsChinese(before!.ToPlainText()), before.ToPlainText());
        Assert.True(ChatLanguages.IsChinese(onTheSameHost!.ToPlainText()), onTheSameHost.ToPlainText());
        Assert.False(ChatLanguages.IsChinese(stillCached!.ToPlainText()), stillCached.ToPlainText());
        Assert.True(ChatLanguages.IsChinese(expired!.ToPlainText()), expired.ToPlainText());
    }

    [Fact]
    public void DefaultSqlitePath_IsInTheUsersDataFolder()
    {
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "MoocBot", "moocbot.db");

        Assert.Equal(expected, StorageOptions.DefaultSqlitePath);
        Assert.Equal($"Data Source={expected}", SqliteNoticeStore.ConnectionStringFor(null));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static IHost BuildLanguageHost(string path, TimeProvider time)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={path}",
            ["Conversations:LanguageCacheExpiry"] = "00:00:30",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(time);
        builder.AddMoocBotCore(NoticeTestData.Current);
        builder.AddMoocBotStorage();
        return builder.Build();
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddMoocBotCore(NoticeTestData.Current);
        builder.AddMoocBotStorage();
        builder.AddMoocBotNotices();
        builder.AddMoocBotUnansweredLog();
        return builder.Build();
    }
}
