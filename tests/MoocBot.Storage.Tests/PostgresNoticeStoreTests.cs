using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using Npgsql;

namespace MoocBot.Storage.Tests;

public sealed class PostgresNoticeStoreTests : NoticeStoreContract, IPostgresTests
{
    private readonly string _schema = "moocbot_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    private protected override INoticeStore CreateStore() =>
        new PostgresNoticeStore(_connectionString ?? throw new InvalidOperationException(PostgresDatabase.SkipReason));

    protected override async Task CreateDatabaseAsync()
    {
        if (PostgresDatabase.ConnectionString is not null)
        {
            _connectionString = await PostgresDatabase.CreateSchemaAsync(_schema);
        }
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresDatabase.DropSchemaAsync(_schema);
        }
    }

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [StoreFact]
    public async Task MigrateAsync_DatabaseAtVersionOne_AddsTheLaterTablesAndKeepsSubscriptions()
    {
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await MigrationRunner.ApplyAsync(connection, transaction, [SqlDialect.Postgres.Migrations[0]],
                PostgresNoticeStore.MigrationHistoryTable,
                CancellationToken.None);
            await using var insert = new NpgsqlCommand("INSERT INTO subscriptions (platform, chat_id, is_group, created_at, updated_at) VALUES ('telegram', '42', false, now(), now())", connection);
            await insert.ExecuteNonQueryAsync();
        }

        var store = (PostgresNoticeStore)OpenStore();
        var schema = await store.MigrateAsync(CancellationToken.None);
        await store.AddAsync([UnansweredQuestion.Create("telegram", "after the upgrade", Time.GetUtcNow(), 300)], CancellationToken.None);

        await store.SetLanguageAsync("telegram", "42", MoocBot.Core.Conversations.ChatLanguage.Chinese, Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal((SqlDialect.Postgres.Migrations[^1].Version, SqlDialect.Postgres.Migrations.Count - 1), (schema.Version, schema.Applied));
        Assert.Equal(MoocBot.Core.Conversations.ChatLanguage.Chinese, await store.FindLanguageAsync("telegram", "42", CancellationToken.None));
        Assert.NotNull(await store.FindSubscriptionAsync("telegram", "42", CancellationToken.None));
        Assert.Single(await store.FindFrequentAsync(DateTimeOffset.UnixEpoch, 10, CancellationToken.None));
    }
}
