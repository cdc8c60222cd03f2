using MoocBot.Core.Notices;

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
}
