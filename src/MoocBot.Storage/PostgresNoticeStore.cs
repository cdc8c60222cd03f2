using System.Data.Common;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using Npgsql;

namespace MoocBot.Storage;

/// <summary>
/// The store for several hosts: PostgreSQL. Claims lock rows with FOR UPDATE SKIP LOCKED and lease them, so two
/// dispatchers never take the same delivery; concurrent publishes of one version are refused by a unique key.
/// </summary>
internal sealed class PostgresNoticeStore : INoticeStore, IMigratingStore, IUnansweredQuestionLog, IStoreProbe, IAsyncDisposable, IDisposable
{
    // Any fixed number: it only has to be the same for every MoocBot host migrating this database.
    private const long MigrationLockKey = 7_265_746_311_530_001;
    private const string UniqueViolation = "23505";

    private readonly NpgsqlDataSource _dataSource;
    private readonly Lock _gate = new();
    private Task<SchemaVersion>? _migration;

    public PostgresNoticeStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public StorageProvider Provider => StorageProvider.Postgres;

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
        await using var reader = await connection.Sql("""
            SELECT s.id, s.is_group, s.active, s.deactivated_reason,
                   COALESCE(ARRAY(SELECT t.topic FROM subscription_topics t WHERE t.subscription_id = s.id ORDER BY t.topic), '{}')
            FROM subscriptions s WHERE s.platform = @platform AND s.chat_id = @chat
            """).With("@platform", platform).With("@chat", chatId).ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Subscription(reader.GetInt64(0), platform, chatId, reader.GetBoolean(1), reader.GetFieldValue<string[]>(4), reader.GetBoolean(2))
        {
            DeactivatedReason = reader.IsDBNull(3) ? null : reader.GetString(3),
        };
    }

    public async Task<Subscription> SetTopicsAsync(string platform, string chatId, bool isGroup, IReadOnlyCollection<string> topics, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var distinct = topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.Sql("""
            INSERT INTO subscriptions (platform, chat_id, is_group, active, created_at, updated_at)
            VALUES (@platform, @chat, @group, true, @now, @now)
            ON CONFLICT (platform, chat_id) DO UPDATE
                SET is_group = excluded.is_group, active = true, deactivated_reason = NULL, updated_at = excluded.updated_at
            RETURNING id
            """, transaction)
            .With("@platform", platform).With("@chat", chatId).With("@group", isGroup).With("@now", Utc(now))
            .ScalarInt64Async(cancellationToken) ?? throw new InvalidOperationException("The subscription was not saved.");
        await connection.Sql("""
            DELETE FROM subscription_topics WHERE subscription_id = @id;
            INSERT INTO subscription_topics (subscription_id, topic) SELECT @id, unnest(@topics);
            """, transaction)
            .With("@id", id).With("@topics", distinct).ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Subscription(id, platform, chatId, isGroup, distinct, Active: true);
    }

    public async Task DeactivateAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.Sql("UPDATE subscriptions SET active = false, deactivated_reason = @reason, updated_at = @now WHERE id = @id", transaction)
            .With("@id", subscriptionId).With("@reason", reason).With("@now", Utc(now)).ExecuteNonQueryAsync(cancellationToken);
        await DropPendingAsync(connection, transaction, subscriptionId, reason, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MigrateChatAsync(long subscriptionId, string newChatId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var platform = (string?)await connection.Sql("SELECT platform FROM subscriptions WHERE id = @id FOR UPDATE", transaction)
            .With("@id", subscriptionId).ExecuteScalarAsync(cancellationToken);
        if (platform is null)
        {
            return;
        }

        var target = await connection.Sql("SELECT id FROM subscriptions WHERE platform = @platform AND chat_id = @chat FOR UPDATE", transaction)
            .With("@platform", platform).With("@chat", newChatId).ScalarInt64Async(cancellationToken);
        if (target is null)
        {
            await connection.Sql("UPDATE subscriptions SET chat_id = @chat, updated_at = @now WHERE id = @id", transaction)
                .With("@id", subscriptionId).With("@chat", newChatId).With("@now", Utc(now)).ExecuteNonQueryAsync(cancellationToken);
        }
        else if (target != subscriptionId)
        {
            await connection.Sql("""
                INSERT INTO subscription_topics (subscription_id, topic)
                    SELECT @target, topic FROM subscription_topics WHERE subscription_id = @id
                    ON CONFLICT DO NOTHING;
                UPDATE subscriptions SET active = true, deactivated_reason = NULL, updated_at = @now WHERE id = @target;
                UPDATE deliveries SET subscription_id = @target
                    WHERE subscription_id = @id AND status = 0
                      AND notice_id NOT IN (SELECT notice_id FROM deliveries WHERE subscription_id = @target);
                DELETE FROM subscription_topics WHERE subscription_id = @id;
                UPDATE subscriptions SET active = false, deactivated_reason = @reason, updated_at = @now WHERE id = @id;
                """, transaction)
                .With("@id", subscriptionId).With("@target", target.Value).With("@now", Utc(now)).With("@reason", "migrated to " + newChatId)
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

        var now = Utc(request.PublishedAt);
        long versionId;
        try
        {
            versionId = await connection.Sql("""
                INSERT INTO fact_versions (version, previous_id, snapshot, published_at) VALUES (@version, @previous, @snapshot, @now) RETURNING id
                """, transaction)
                .With("@version", request.Version).With("@previous", request.PreviousId ?? 0L).With("@snapshot", request.Snapshot).With("@now", now)
                .ScalarInt64Async(cancellationToken) ?? throw new InvalidOperationException("The version was not saved.");
        }
        catch (PostgresException ex) when (ex.SqlState == UniqueViolation)
        {
            // Another host published after the same version a moment ago; it sends the notices.
            return null;
        }

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
                WHERE s.active
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

        var until = Utc(now + lease);
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.Sql("""
            WITH due AS (
                SELECT id FROM deliveries
                WHERE status = 0 AND platform = ANY(@platforms)
                  AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY id LIMIT @max
                FOR UPDATE SKIP LOCKED
            ), claimed AS (
                UPDATE deliveries d SET lease_owner = @owner, lease_until = @until
                FROM due WHERE d.id = due.id
                RETURNING d.id, d.notice_id, d.subscription_id, d.attempts
            )
            SELECT c.id, c.notice_id, c.subscription_id, s.platform, s.chat_id, s.is_group, c.attempts, n.reply
            FROM claimed c
            JOIN subscriptions s ON s.id = c.subscription_id
            JOIN notices n ON n.id = c.notice_id
            ORDER BY c.id
            """)
            .With("@platforms", platforms.ToArray()).With("@now", Utc(now)).With("@max", max).With("@owner", owner).With("@until", until)
            .ExecuteReaderAsync(cancellationToken);
        var replies = new Dictionary<long, Reply>();
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

    public async Task<bool> MarkSentAsync(long deliveryId, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteHeldAsync("UPDATE deliveries SET status = 1, sent_at = @now, lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner AND status = 0",
            deliveryId, owner, cmd => cmd.With("@now", Utc(now)), cancellationToken);

    public async Task<bool> RetryLaterAsync(long deliveryId, string owner, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) =>
        await ExecuteHeldAsync("""
            UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = @at, last_error = @error, lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND lease_owner = @owner AND status = 0
            """, deliveryId, owner, cmd => cmd.With("@at", Utc(notBefore)).With("@error", reason), cancellationToken);

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
            WHERE id = ANY(@ids) AND lease_owner = @owner AND status = 0
            """)
            .With("@ids", deliveryIds.ToArray()).With("@owner", owner).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DeliveryCounts> CountDeliveriesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.Sql("SELECT status, COUNT(*) FROM deliveries GROUP BY status").ExecuteReaderAsync(cancellationToken);
        var counts = new int[4];
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetInt16(0)] = (int)reader.GetInt64(1);
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
        await connection.Sql("""
            INSERT INTO unanswered_questions (platform, text, normalized, asked_at)
            SELECT * FROM unnest(@platforms, @texts, @normalized, @at)
            """)
            .With("@platforms", questions.Select(q => q.Platform).ToArray())
            .With("@texts", questions.Select(q => q.Text).ToArray())
            .With("@normalized", questions.Select(q => q.NormalizedText).ToArray())
            .With("@at", questions.Select(q => Utc(q.AskedAt)).ToArray())
            .ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Sql("DELETE FROM unanswered_questions WHERE asked_at < @cutoff").With("@cutoff", Utc(cutoff)).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<QuestionSuggestion>> FindFrequentAsync(DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.Sql("""
            SELECT normalized, COUNT(*) AS times, MAX(asked_at) AS last_seen FROM unanswered_questions
            WHERE asked_at >= @since
            GROUP BY normalized
            ORDER BY times DESC, last_seen DESC, normalized COLLATE "C"
            LIMIT @top
            """).With("@since", Utc(since)).With("@top", top).ExecuteReaderAsync(cancellationToken);
        var suggestions = new List<QuestionSuggestion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            suggestions.Add(new QuestionSuggestion(reader.GetString(0), (int)reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return suggestions;
    }

    public async Task<StoreProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        // Not migrating here: a probe only reads, and the schema is migrated when the bot starts.
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var migrated = (bool)(await connection.Sql("SELECT to_regclass('schema_migrations') IS NOT NULL").ExecuteScalarAsync(cancellationToken) ?? false);
        var version = migrated ? await connection.Sql("SELECT MAX(version) FROM schema_migrations").ScalarInt64Async(cancellationToken) ?? 0 : 0;
        return new StoreProbeResult(Provider.ToString(), (int)version, PostgresMigrations.All[^1].Version);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private static DateTimeOffset Utc(DateTimeOffset time) => time.ToUniversalTime();

    private static async Task DropPendingAsync(DbConnection connection, DbTransaction transaction, long subscriptionId, string reason, CancellationToken cancellationToken) =>
        await connection.Sql("""
            UPDATE deliveries SET status = 3, last_error = @reason, lease_owner = NULL, lease_until = NULL
            WHERE subscription_id = @id AND status = 0
            """, transaction)
            .With("@id", subscriptionId).With("@reason", reason).ExecuteNonQueryAsync(cancellationToken);

    private static async Task<PublishedFacts?> ReadLastPublishedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var reader = await connection.Sql("SELECT id, version, snapshot, published_at FROM fact_versions ORDER BY id DESC LIMIT 1", transaction)
            .ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PublishedFacts(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3))
            : null;
    }

    private async Task<bool> ExecuteHeldAsync(string sql, long deliveryId, string owner, Func<DbCommand, DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await parameters(connection.Sql(sql).With("@id", deliveryId).With("@owner", owner)).ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    private async Task<SchemaVersion> MigrateCoreAsync()
    {
        var none = CancellationToken.None;
        await using var connection = await _dataSource.OpenConnectionAsync(none);
        await using var transaction = await connection.BeginTransactionAsync(none);
        await connection.Sql("SELECT pg_advisory_xact_lock(@key)", transaction).With("@key", MigrationLockKey).ExecuteNonQueryAsync(none);
        return await MigrationRunner.ApplyAsync(connection, transaction, PostgresMigrations.All,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            none);
    }
}
