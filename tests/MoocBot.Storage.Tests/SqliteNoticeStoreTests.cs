using Microsoft.Data.Sqlite;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;

namespace MoocBot.Storage.Tests;

public sealed class SqliteNoticeStoreTests : NoticeStoreContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "moocbot-tests", Guid.NewGuid().ToString("N"), "moocbot.db");

    private protected override INoticeStore CreateStore() => new SqliteNoticeStore($"Data Source={_path}");

    protected override Task CreateDatabaseAsync() => Task.CompletedTask;

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task MigrateAsync_NewFile_CreatesTheFolderAndUsesWal()
    {
        var store = new SqliteNoticeStore($"Data Source={_path}");

        await store.MigrateAsync(CancellationToken.None);

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("PRAGMA journal_mode", connection);
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OpenSqliteAsync_EveryConnection_SyncsEachCommitToDisk()
    {
        var store = new SqliteNoticeStore($"Data Source={_path}");
        await store.MigrateAsync(CancellationToken.None);

        await using var connection = await store.OpenSqliteAsync(CancellationToken.None);
        await using var command = new SqliteCommand("PRAGMA synchronous", connection);

        // 2 is FULL: a commit ("sent") survives a power loss, so the notice is not sent again after it.
        Assert.Equal(2L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task MigrateAsync_DatabaseFromANewerMoocBot_Refuses()
    {
        await new SqliteNoticeStore($"Data Source={_path}").MigrateAsync(CancellationToken.None);
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')", connection);
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new SqliteNoticeStore($"Data Source={_path}").MigrateAsync(CancellationToken.None));

        Assert.Contains("version 999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_DatabaseAtVersionOne_AddsTheLaterTablesAndKeepsSubscriptions()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await MigrationRunner.ApplyAsync(connection, transaction, [SqlDialect.Sqlite.Migrations[0]],
                SqliteNoticeStore.MigrationHistoryTable,
                CancellationToken.None);
            await using var insert = new SqliteCommand("INSERT INTO subscriptions (platform, chat_id, is_group, created_at, updated_at) VALUES ('telegram', '42', 0, 0, 0)", connection);
            await insert.ExecuteNonQueryAsync();
        }

        var store = new SqliteNoticeStore($"Data Source={_path}");
        var schema = await store.MigrateAsync(CancellationToken.None);
        await store.AddAsync([Core.Diagnostics.UnansweredQuestion.Create("telegram", "after the upgrade", Time.GetUtcNow(), 300)], CancellationToken.None);

        await store.SetLanguageAsync("telegram", "42", MoocBot.Core.Conversations.ChatLanguage.Chinese, Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal((SqlDialect.Sqlite.Migrations[^1].Version, SqlDialect.Sqlite.Migrations.Count - 1), (schema.Version, schema.Applied));
        Assert.Equal(MoocBot.Core.Conversations.ChatLanguage.Chinese, await store.FindLanguageAsync("telegram", "42", CancellationToken.None));
        Assert.NotNull(await store.FindSubscriptionAsync("telegram", "42", CancellationToken.None));
        Assert.Single(await store.FindFrequentAsync(DateTimeOffset.UnixEpoch, 10, CancellationToken.None));
    }

    [Fact]
    public async Task SetTopicsAsync_FileDeletedWhileRunning_FailsAndLeavesNoNewFile()
    {
        using var store = await MigratedStoreAsync($"Data Source={_path}");
        File.Delete(_path);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SubscribeAsync(store));

        Assert.Contains("was deleted while the bot was running", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_path));
    }

    [Fact]
    public async Task ProbeAsync_FileDeletedWhileRunning_Throws()
    {
        using var store = await MigratedStoreAsync($"Data Source={_path}");
        File.Delete(_path);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ProbeAsync(CancellationToken.None));

        Assert.Contains(_path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_FileReplacedWhileRunning_ThrowsNamingIt()
    {
        using var store = await MigratedStoreAsync($"Data Source={_path}");
        var other = Path.Combine(Path.GetDirectoryName(_path)!, "other.db");
        using (var second = await MigratedStoreAsync($"Data Source={other}"))
        {
            await SubscribeAsync(second);
        }

        SqliteConnection.ClearAllPools();
        File.Move(other, _path, overwrite: true);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ProbeAsync(CancellationToken.None));

        Assert.Contains("was replaced while the bot was running", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_FileWrittenByTheStore_StaysHealthy()
    {
        using var store = await MigratedStoreAsync($"Data Source={_path}");

        for (var i = 0; i < 5; i++)
        {
            await SubscribeAsync(store, chatId: i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var found = await store.ProbeAsync(CancellationToken.None);
        Assert.Equal(SqlDialect.Sqlite.Migrations[^1].Version, found.SchemaVersion);
    }

    [Fact]
    public async Task ProbeAsync_ReadOnlyFile_ThrowsThatWritesAreRefused()
    {
        using (await MigratedStoreAsync($"Data Source={_path}"))
        {
        }

        using var store = new SqliteNoticeStore($"Data Source={_path};Mode=ReadOnly");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ProbeAsync(CancellationToken.None));

        Assert.Contains("refuses writes", error.Message, StringComparison.Ordinal);
        Assert.Contains("readonly", error.Message, StringComparison.Ordinal);
    }

    private static async Task<SqliteNoticeStore> MigratedStoreAsync(string connectionString)
    {
        var store = new SqliteNoticeStore(connectionString);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    private Task<Subscription> SubscribeAsync(SqliteNoticeStore store, string chatId = "42") =>
        store.SetTopicsAsync("telegram", chatId, isGroup: false, ["all"], Time.GetUtcNow(), CancellationToken.None);
}
