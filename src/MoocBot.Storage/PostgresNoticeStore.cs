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

    // Host holds live on connections of their own, outside the pool: closing one ends its session, and with it the lock.
    private readonly NpgsqlDataSource _holdSource;
    private readonly List<NpgsqlConnection> _holds = [];

    public PostgresNoticeStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _holdSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false });
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    protected override IReadOnlyList<Migration> Migrations => SqlDialect.Postgres.Migrations;

    protected override string CreateMigrationHistorySql => MigrationHistoryTable;

    protected override string MigrationHistoryExistsSql => "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END";

    protected override bool LocksRows => true;

    protected override string OrdinalCollation => "\"C\"";

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in TakeHolds())
        {
            await hold.DisposeAsync();
        }

        await _holdSource.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    public void Dispose()
    {
        foreach (var hold in TakeHolds())
        {
            hold.Dispose();
        }

        _holdSource.Dispose();
        _dataSource.Dispose();
    }

    /// <summary>
    /// Holds the host id with a session advisory lock (keyed by the schema and the id) on a connection of its own; the server
    /// releases it when the session ends, including when the process dies and its connection drops.
    /// </summary>
    public override async Task<IAsyncDisposable?> TryHoldHostAsync(string hostId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostId);
        var connection = await _holdSource.OpenConnectionAsync(cancellationToken);
        try
        {
            // A host whose machine vanishes (power, network) sends no FIN: the server's TCP keepalives end its session, and with
            // it the hold, within about a minute instead of the system's default two hours, so a restart under the id resumes.
            await connection.Sql("SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3").ExecuteNonQueryAsync(cancellationToken);
            var held = await connection.Sql("SELECT pg_try_advisory_lock(hashtextextended(current_schema() || '|moocbot-host|' || @host, 0))")
                .With("@host", hostId).ExecuteScalarAsync(cancellationToken) is true;
            if (held)
            {
                lock (_holds)
                {
                    _holds.Add(connection);
                }

                return new HostHold(this, connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

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

    private List<NpgsqlConnection> TakeHolds()
    {
        lock (_holds)
        {
            List<NpgsqlConnection> holds = [.. _holds];
            _holds.Clear();
            return holds;
        }
    }

    private sealed class HostHold(PostgresNoticeStore store, NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            lock (store._holds)
            {
                store._holds.Remove(connection);
            }

            await connection.DisposeAsync();
        }
    }
}
