using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MoocBot.Core;
using MoocBot.Core.Conversations;
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
    public void AddMoocBotStorage_RegistersTheSubscriptionCommands()
    {
        using var host = BuildHost(new() { ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}" });

        var names = host.Services.GetRequiredService<ConversationRouter>().Commands.Select(c => c.Name);

        Assert.Contains("subscribe", names);
        Assert.Contains("unsubscribe", names);
        Assert.Contains("subscriptions", names);
    }

    [Fact]
    public async Task AddMoocBotStorage_PostgresWithoutConnectionString_FailsAtStart()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Postgres" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMoocBotStorage_LeaseShorterThanTwoSendTimeouts_FailsAtStart()
    {
        using var host = BuildHost(new()
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "moocbot.db")}",
            ["Notices:Lease"] = "00:00:30",
            ["Notices:SendTimeout"] = "00:00:30",
        });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
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

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddMoocBotCore(NoticeTestData.Current);
        builder.AddMoocBotStorage();
        return builder.Build();
    }
}
