using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;

namespace MoocBot.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every write runs in a BEGIN IMMEDIATE transaction,
/// so one writer at a time holds the file and a claim can never hand a delivery to two dispatchers.
/// </summary>
internal sealed class SqliteNoticeStore : INoticeStore, IMigratingStore, IUnansweredQuestionLog, IStoreProbe
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    private readonly string _connectionString;
    private readonly Lock _gate = new();
    private Task<SchemaVersion>? _migration;

    public SqliteNoticeStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = builder.ToString();
    }

    public StorageProvider Provider => StorageProvider.Sqlite;

    /// <summary>The connection string for the configured path, or the default file in the user's data folder.</summary>
    public static string ConnectionStringFor(string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = StorageOptions.DefaultSqlitePath }.ToString()
            : configured;

    public Task<SchemaVersion> MigrateAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                _migration = MigrateCoreAsync();
            }

            return _migration.WaitAsync(cancellationToken);
        }
    }

    public async Task<Subscription?> FindSubscriptionAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadSubscriptionAsync(connection, null, platform, chatId, cancellationToken);
    }

    public async Task<Subscription> SetTopicsAsync(string platform, string chatId, bool isGroup, IReadOnlyCollection<string> topics, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topics);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.Sql("""
            INSERT INTO subscriptions (platform, chat_id, is_group, active, created_at, updated_at)
            VALUES (@platform, @chat, @group, 1, @now, @now)
            ON CONFLICT (platform, chat_id) DO UPDATE
                SET is_group = excluded.is_group, active = 1, deactivated_reason = NULL, updated_at = excluded.updated_at
            RETURNING id
            """, transaction)
            .With("@platform", platform).With("@chat", chatId).With("@group", isGroup).With("@now", Ms(now))
            .ScalarInt64Async(cancellationToken) ?? throw new InvalidOperationException("The subscription was not saved.");
        await connection.Sql("DELETE FROM subscription_topics WHERE subscription_id = @id", transaction).With("@id", id).ExecuteNonQueryAsync(cancellationToken);
        foreach (var topic in topics.Distinct(StringComparer.Ordinal))
        {
            await connection.Sql("INSERT INTO subscription_topics (subscription_id, topic) VALUES (@id, @topic)", transaction)
                .With("@id", id).With("@topic", topic).ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new Subscription(id, platform, chatId, isGroup, [.. topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], Active: true);
    }

    public async Task DeactivateAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.Sql("UPDATE subscriptions SET active = 0, deactivated_reason = @reason, updated_at = @now WHERE id = @id", transaction)
            .With("@id", subscriptionId).With("@reason", reason).With("@now", Ms(now)).ExecuteNonQueryAsync(cancellationToken);
        await DropPendingAsync(connection, transaction, subscriptionId, reason, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MigrateChatAsync(long subscriptionId, string newChatId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var platform = (string?)await connection.Sql("SELECT platform FROM subscriptions WHERE id = @id", transaction)
            .With("@id", subscriptionId).ExecuteScalarAsync(cancellationToken);
        if (platform is null)
        {
            return;
        }

        var target = await connection.Sql("SELECT id FROM subscriptions WHERE platform = @platform AND chat_id = @chat", transaction)
            .With("@platform", platform).With("@chat", newChatId).ScalarInt64Async(cancellationToken);
        if (target is null)
        {
            await connection.Sql("UPDATE subscriptions SET chat_id = @chat, updated_at = @now WHERE id = @id", transaction)
                .With("@id", subscriptionId).With("@chat", newChatId).With("@now", Ms(now)).ExecuteNonQueryAsync(cancellationToken);
        }
        else if (target != subscriptionId)
        {
            await connection.Sql("""
                INSERT OR IGNORE INTO subscription_topics (subscription_id, topic)
                    SELECT @target, topic FROM subscription_topics WHERE subscription_id = @id;
                UPDATE subscriptions SET active = 1, deactivated_reason = NULL, updated_at = @now WHERE id = @target;
                UPDATE deliveries SET subscription_id = @target
                    WHERE subscription_id = @id AND status = 0
                      AND notice_id NOT IN (SELECT notice_id FROM deliveries WHERE subscription_id = @target);
                DELETE FROM subscription_topics WHERE subscription_id = @id;
                UPDATE subscriptions SET active = 0, deactivated_reason = @reason, updated_at = @now WHERE id = @id;
                """, transaction)
                .With("@id", subscriptionId).With("@target", target.Value).With("@now", Ms(now)).With("@reason", "migrated to " + newChatId)
                .ExecuteNonQueryAsync(cancellationToken);
            await DropPendingAsync(connection, transaction, subscriptionId, "merged into " + newChatId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<PublishedFacts?> FindLastPublishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadLastPublishedAsync(connection, null, cancellationToken);
    }

    public async Task<PublishRecord?> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var last = await ReadLastPublishedAsync(connection, transaction, cancellationToken);
        if (last?.Id != request.PreviousId)
        {
            return null;
        }

        var now = Ms(request.PublishedAt);
        var versionId = await connection.Sql("""
            INSERT INTO fact_versions (version, previous_id, snapshot, published_at) VALUES (@version, @previous, @snapshot, @now) RETURNING id
            """, transaction)
            .With("@version", request.Version).With("@previous", request.PreviousId ?? 0).With("@snapshot", request.Snapshot).With("@now", now)
            .ScalarInt64Async(cancellationToken) ?? throw new InvalidOperationException("The version was not saved.");
        var deliveries = 0;
        foreach (var notice in request.Notices)
        {
            var noticeId = await connection.Sql("""
                INSERT INTO notices (version_id, topic, reply, created_at) VALUES (@version, @topic, @reply, @now) RETURNING id
                """, transaction)
                .With("@version", versionId).With("@topic", notice.Topic).With("@reply", ReplyJson.Serialize(notice.Reply)).With("@now", now)
                .ScalarInt64Async(cancellationToken) ?? throw new InvalidOperationException("The notice was not saved.");
            deliveries += await connection.Sql("""
                INSERT INTO deliveries (notice_id, subscription_id, platform, next_attempt_at)
                SELECT @notice, s.id, s.platform, @now FROM subscriptions s
                WHERE s.active = 1
                  AND EXISTS (SELECT 1 FROM subscription_topics t WHERE t.subscription_id = s.id AND t.topic IN (@topic, 'all'))
                ORDER BY s.id
                """, transaction)
                .With("@notice", noticeId).With("@topic", notice.Topic).With("@now", now)
                .ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new PublishRecord(versionId, request.Notices.Count, deliveries);
    }

    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(string owner, IReadOnlyCollection<string> platforms, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        if (platforms.Count == 0 || max <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var until = now + lease;
        var ids = new List<long>();
        await using (var reader = await connection.Sql("""
            UPDATE deliveries SET lease_owner = @owner, lease_until = @until
            WHERE id IN (
                SELECT id FROM deliveries
                WHERE status = 0 AND platform IN (SELECT value FROM json_each(@platforms))
                  AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY id LIMIT @max)
            RETURNING id
            """, transaction)
            .With("@owner", owner).With("@until", Ms(until)).With("@now", Ms(now)).With("@max", max)
            .With("@platforms", JsonSerializer.Serialize(platforms))
            .ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var claimed = new List<ClaimedDelivery>(ids.Count);
        if (ids.Count > 0)
        {
            await using var reader = await connection.Sql("""
                SELECT d.id, d.notice_id, d.subscription_id, s.platform, s.chat_id, s.is_group, d.attempts, n.reply
                FROM deliveries d
                JOIN subscriptions s ON s.id = d.subscription_id
                JOIN notices n ON n.id = d.notice_id
                WHERE d.id IN (SELECT value FROM json_each(@ids))
                ORDER BY d.id
                """, transaction)
                .With("@ids", JsonSerializer.Serialize(ids))
                .ExecuteReaderAsync(cancellationToken);
            claimed.AddRange(await ReadClaimsAsync(reader, until, cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    public async Task<bool> MarkSentAsync(long deliveryId, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteHeldAsync("UPDATE deliveries SET status = 1, sent_at = @now, lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner AND status = 0",
            deliveryId, owner, cmd => cmd.With("@now", Ms(now)), cancellationToken);

    public async Task<bool> RetryLaterAsync(long deliveryId, string owner, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) =>
        await ExecuteHeldAsync("""
            UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = @at, last_error = @error, lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND lease_owner = @owner AND status = 0
            """, deliveryId, owner, cmd => cmd.With("@at", Ms(notBefore)).With("@error", reason), cancellationToken);

    public async Task<bool> MarkFailedAsync(long deliveryId, string owner, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteHeldAsync("""
            UPDATE deliveries SET status = 2, attempts = attempts + 1, last_error = @error, lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND lease_owner = @owner AND status = 0
            """, deliveryId, owner, cmd => cmd.With("@error", reason), cancellationToken);

    public async Task ReleaseAsync(IReadOnlyCollection<long> deliveryIds, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveryIds);
        if (deliveryIds.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await connection.Sql("""
            UPDATE deliveries SET lease_owner = NULL, lease_until = NULL
            WHERE id IN (SELECT value FROM json_each(@ids)) AND lease_owner = @owner AND status = 0
            """)
            .With("@ids", JsonSerializer.Serialize(deliveryIds)).With("@owner", owner).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DeliveryCounts> CountDeliveriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.Sql("SELECT status, COUNT(*) FROM deliveries GROUP BY status").ExecuteReaderAsync(cancellationToken);
        var counts = new int[4];
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return new DeliveryCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    public async Task AddAsync(IReadOnlyCollection<UnansweredQuestion> questions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var question in questions)
        {
            await connection.Sql("INSERT INTO unanswered_questions (platform, text, normalized, asked_at) VALUES (@platform, @text, @normalized, @at)", transaction)
                .With("@platform", question.Platform).With("@text", question.Text).With("@normalized", question.NormalizedText).With("@at", Ms(question.AskedAt))
                .ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Sql("DELETE FROM unanswered_questions WHERE asked_at < @cutoff").With("@cutoff", Ms(cutoff)).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<QuestionSuggestion>> FindFrequentAsync(DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.Sql("""
            SELECT normalized, COUNT(*) AS times, MAX(asked_at) AS last_seen FROM unanswered_questions
            WHERE asked_at >= @since
            GROUP BY normalized
            ORDER BY times DESC, last_seen DESC, normalized
            LIMIT @top
            """).With("@since", Ms(since)).With("@top", top).ExecuteReaderAsync(cancellationToken);
        var suggestions = new List<QuestionSuggestion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            suggestions.Add(new QuestionSuggestion(reader.GetString(0), reader.GetInt32(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        }

        return suggestions;
    }

    public async Task<StoreProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        // Not migrating here: a probe only reads, and a fresh file is migrated when the bot starts.
        await using var connection = await OpenUnmigratedAsync(cancellationToken);
        var migrated = await connection.Sql("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").ScalarInt64Async(cancellationToken) > 0;
        var version = migrated ? await connection.Sql("SELECT MAX(version) FROM schema_migrations").ScalarInt64Async(cancellationToken) ?? 0 : 0;
        return new StoreProbeResult(Provider.ToString(), (int)version, SqliteMigrations.All[^1].Version);
    }

    private static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static async Task<List<ClaimedDelivery>> ReadClaimsAsync(DbDataReader reader, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var replies = new Dictionary<long, Core.Conversations.Reply>();
        var claimed = new List<ClaimedDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var noticeId = reader.GetInt64(1);
            if (!replies.TryGetValue(noticeId, out var reply))
            {
                reply = ReplyJson.Deserialize(reader.GetString(7));
                replies[noticeId] = reply;
            }

            claimed.Add(new ClaimedDelivery(reader.GetInt64(0), noticeId, reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetBoolean(5), reader.GetInt32(6), until, reply));
        }

        return claimed;
    }

    private static async Task DropPendingAsync(DbConnection connection, DbTransaction transaction, long subscriptionId, string reason, CancellationToken cancellationToken) =>
        await connection.Sql("""
            UPDATE deliveries SET status = 3, last_error = @reason, lease_owner = NULL, lease_until = NULL
            WHERE subscription_id = @id AND status = 0
            """, transaction)
            .With("@id", subscriptionId).With("@reason", reason).ExecuteNonQueryAsync(cancellationToken);

    private static async Task<Subscription?> ReadSubscriptionAsync(DbConnection connection, DbTransaction? transaction, string platform, string chatId, CancellationToken cancellationToken)
    {
        long id;
        bool isGroup;
        bool active;
        string? reason;
        await using (var reader = await connection.Sql("SELECT id, is_group, active, deactivated_reason FROM subscriptions WHERE platform = @platform AND chat_id = @chat", transaction)
            .With("@platform", platform).With("@chat", chatId).ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (id, isGroup, active, reason) = (reader.GetInt64(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        var topics = new List<string>();
        await using (var reader = await connection.Sql("SELECT topic FROM subscription_topics WHERE subscription_id = @id ORDER BY topic", transaction)
            .With("@id", id).ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                topics.Add(reader.GetString(0));
            }
        }

        return new Subscription(id, platform, chatId, isGroup, topics, active) { DeactivatedReason = reason };
    }

    private static async Task<PublishedFacts?> ReadLastPublishedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var reader = await connection.Sql("SELECT id, version, snapshot, published_at FROM fact_versions ORDER BY id DESC LIMIT 1", transaction)
            .ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PublishedFacts(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)))
            : null;
    }

    private async Task<bool> ExecuteHeldAsync(string sql, long deliveryId, string owner, Func<DbCommand, DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await parameters(connection.Sql(sql).With("@id", deliveryId).With("@owner", owner)).ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await OpenUnmigratedAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenUnmigratedAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.Sql(Pragmas).ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<SchemaVersion> MigrateCoreAsync()
    {
        var none = CancellationToken.None;
        await using var connection = await OpenUnmigratedAsync(none);
        await connection.Sql("PRAGMA journal_mode = WAL;").ExecuteNonQueryAsync(none);
        await using var transaction = await connection.BeginTransactionAsync(none);
        return await MigrationRunner.ApplyAsync(connection, transaction, SqliteMigrations.All,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)",
            none);
    }
}
