using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Data.Sqlite;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;

namespace MoocBot.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every write runs in a BEGIN IMMEDIATE transaction,
/// so one writer at a time holds the file and a claim can never hand a delivery to two dispatchers.
/// Timestamps are stored as Unix milliseconds, lists are bound as JSON arrays. The file opened first is held, and every
/// later connection is refused once the path no longer names it (deleted or replaced): what would be written then is lost.
/// </summary>
internal sealed class SqliteNoticeStore : SqlNoticeStore, IDisposable
{
    /// <summary>The migration history table; part of the schema, so never changed.</summary>
    internal const string MigrationHistoryTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)";

    // synchronous = FULL: in WAL mode NORMAL may lose the last commits on power loss, and a lost "sent" record means the
    // notice is sent again. FULL costs one fsync per commit, which is nothing at the platforms' rates (Telegram: 25 a second).
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";

    // SQLite's extended result code for a row refused by a UNIQUE constraint.
    private const int ConstraintUnique = 2067;

    // Native connections the pragmas have run on. They last as long as the connection, and a pooled SqliteConnection hands
    // out the same one again: running them on every open cost three statements before each query of a message.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Prepared = [];

    // Host ids held on in-memory databases, which no other process can open.
    private static readonly ConcurrentDictionary<string, byte> MemoryHolds = new(StringComparer.Ordinal);

    private readonly string _connectionString;

    // The database file's full path; null for an in-memory database.
    private readonly string? _path;
    private SqliteFileIdentity? _file;

    public SqliteNoticeStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            _path = Path.GetFullPath(builder.DataSource);
            var folder = Path.GetDirectoryName(_path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = builder.ToString();
    }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    protected override IReadOnlyList<Migration> Migrations => SqlDialect.Sqlite.Migrations;

    protected override string CreateMigrationHistorySql => MigrationHistoryTable;

    protected override string MigrationHistoryExistsSql => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";

    // BEGIN IMMEDIATE takes the file's write lock when the transaction starts.
    protected override bool LocksRows => false;

    protected override string OrdinalCollation => "BINARY";

    /// <summary>The connection string for the configured path, or the default file in the user's data folder.</summary>
    public static string ConnectionStringFor(string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = StorageOptions.DefaultSqlitePath }.ToString()
            : configured;

    /// <summary>
    /// Holds the host id with an exclusive lock on a file beside the database (<c>moocbot.db.host-1a2b....lock</c>), which
    /// the operating system releases when the process ends, however it ends.
    /// </summary>
    public override Task<IAsyncDisposable?> TryHoldHostAsync(string hostId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostId);
        if (_path is null)
        {
            var key = _connectionString + LeaseOwners.Separator + hostId;
            return Task.FromResult<IAsyncDisposable?>(MemoryHolds.TryAdd(key, 0) ? new MemoryHold(key) : null);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hostId)))[..16];
        try
        {
            return Task.FromResult<IAsyncDisposable?>(new FileStream($"{_path}.host-{hash}.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            // Another process holds the lock.
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenSqliteAsync(cancellationToken);

    public void Dispose() => Interlocked.Exchange(ref _file, null)?.Dispose();

    /// <summary>A connection set up as every statement of this store runs on.</summary>
    /// <exception cref="StoreUnavailableException">The file opened first was deleted or replaced since.</exception>
    internal async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken)
    {
        // Checked before opening: opening a deleted file's path would create a new, empty one there.
        var held = Volatile.Read(ref _file);
        if (held?.Problem() is { } problem)
        {
            throw new StoreUnavailableException(problem);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection.Handle is not { } handle || !Prepared.TryGetValue(handle, out _))
            {
                await connection.Sql(Pragmas).ExecuteNonQueryAsync(cancellationToken);
                if (connection.Handle is { } prepared)
                {
                    Prepared.TryAdd(prepared, Pragmas);
                }
            }
            if (held is null && _path is not null && SqliteFileIdentity.TryHold(_path) is { } file && Interlocked.CompareExchange(ref _file, file, null) is not null)
            {
                file.Dispose();
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await connection.Sql("PRAGMA journal_mode = WAL;").ExecuteNonQueryAsync(cancellationToken);
        return await connection.BeginTransactionAsync(cancellationToken);
    }

    protected override object Timestamp(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
    }

    protected override string List(string parameter) => $"json_each({parameter})";

    protected override object ListValue<T>(IReadOnlyCollection<T> values) =>
        JsonSerializer.Serialize(values, (JsonTypeInfo<IReadOnlyCollection<T>>)StorageJsonContext.Default.GetTypeInfo(typeof(IReadOnlyCollection<T>))!);

    protected override bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteExtendedErrorCode: ConstraintUnique };

    private sealed class MemoryHold(string key) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            MemoryHolds.TryRemove(key, out _);
            return ValueTask.CompletedTask;
        }
    }
}
