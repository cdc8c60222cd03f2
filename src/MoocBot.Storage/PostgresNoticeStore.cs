using System.Data.Common;
using Npgsql;

namespace MoocBot.Storage;

/// <summary>
/// The store for several hosts: PostgreSQL. Claims lock rows with FOR UPDATE SKIP LOCKED and lease them, so two
/// dispatchers never take the same delivery; concurrent publishes of one version are refused by a unique key.
/// Timestamps are timestamptz in UTC, lists are bound as arrays.
/// </summary>
internal sealed class PostgresNoticeStore : SqlNoticeStore, IAsyncDisposable, IDisposable
{
    /// <summary>The migration history table; part of the schema, so never changed.</summary>
    internal const string MigrationHistoryTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())";

    // Any fixed number: it only has to be the same for every MoocBot host migrating this database.
    private const long MigrationLockKey = 7_265_746_311_530_001;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresNoticeStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    protected override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    protected override string CreateMigrationHistorySql => MigrationHistoryTable;

    protected override string MigrationHistoryExistsSql => "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END";

    protected override bool LocksRows => true;

    protected override string OrdinalCollation => "\"C\"";

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await connection.Sql("SELECT pg_advisory_xact_lock(@key)", transaction).With("@key", MigrationLockKey).ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    protected override object Timestamp(DateTimeOffset time) => time.ToUniversalTime();

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.GetFieldValue<DateTimeOffset>(ordinal);
    }

    protected override string List(string parameter) => $"unnest({parameter}) AS list(value)";

    protected override object ListValue<T>(IReadOnlyCollection<T> values) => values.ToArray();

    protected override bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
