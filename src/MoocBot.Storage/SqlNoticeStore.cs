using System.Data.Common;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;

namespace MoocBot.Storage;

/// <summary>
/// The store over a SQL database, written once for SQLite and PostgreSQL: the statements, the transactions and the
/// reading of rows. A derived store opens connections, migrates, and supplies the few pieces of SQL where the two
/// dialects really differ (row locks, lists as parameters, timestamps, collation, unique violations).
/// </summary>
internal abstract partial class SqlNoticeStore : INoticeStore, IMigratingStore, IUnansweredQuestionLog, IStoreProbe
{
    /// <summary>The reason recorded on a delivery dropped because its chat unsubscribed from the notice's topic.</summary>
    internal const string UnsubscribedReason = "unsubscribed";

    /// <summary>The note left on a delivery whose send a crash cut off: the platform may have taken it.</summary>
    internal const string SendCutOffReason = "the host died while sending it; it may reach the chat twice";

    private readonly Lock _gate = new();
    private Task<SchemaVersion>? _migration;

    public abstract StorageProvider Provider { get; }

    /// <summary>This dialect's schema, step by step.</summary>
    protected abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Creates the migration history table when missing.</summary>
    protected abstract string CreateMigrationHistorySql { get; }

    /// <summary>A query of one row and one column: 1 when the migration history table exists, else 0.</summary>
    protected abstract string MigrationHistoryExistsSql { get; }

    /// <summary>
    /// True when writers lock rows (PostgreSQL), so a transaction locks the rows it reads and goes on to change, and
    /// a claim passes over rows another claim holds; false when a write transaction holds the whole database (SQLite).
    /// </summary>
    protected abstract bool LocksRows { get; }

    /// <summary>The collation that orders text by its code points, the same on every server.</summary>
    protected abstract string OrdinalCollation { get; }

    private string ForUpdate => LocksRows ? " FOR UPDATE" : "";

    private string ForUpdateSkipLocked => LocksRows ? " FOR UPDATE SKIP LOCKED" : "";

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
            SELECT s.id, s.is_group, s.active, s.deactivated_reason, t.topic
            FROM subscriptions s LEFT JOIN subscription_topics t ON t.subscription_id = s.id
            WHERE s.platform = @platform AND s.chat_id = @chat
            """).With("@platform", platform).With("@chat", chatId).ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var (id, isGroup, active, reason) = (reader.GetInt64(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        var topics = new List<string>();
        do
        {
            if (!reader.IsDBNull(4))
            {
                topics.Add(reader.GetString(4));
            }
        }
        while (await reader.ReadAsync(cancellationToken));

        topics.Sort(StringComparer.Ordinal);
        return new Subscription(id, platform, chatId, isGroup, topics, active) { DeactivatedReason = reason };
    }

    public async Task<Subscription> SetTopicsAsync(string platform, string chatId, bool isGroup, IReadOnlyCollection<string> topics, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var distinct = topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.Sql("""
            INSERT INTO subscriptions (platform, chat_id, is_group, active, created_at, updated_at)
            VALUES (@platform, @chat, @group, TRUE, @now, @now)
            ON CONFLICT (platform, chat_id) DO UPDATE
                SET is_group = excluded.is_group, active = TRUE, deactivated_reason = NULL, updated_at = excluded.updated_at
            RETURNING id
            """, transaction)
            .With("@platform", platform).With("@chat", chatId).With("@group", isGroup).With("@now", Timestamp(now))
            .ScalarInt64Async(cancellationToken) ?? throw new InvalidOperationException("The subscription was not saved.");
        await connection.Sql($"""
            DELETE FROM subscription_topics WHERE subscription_id = @id;
            INSERT INTO subscription_topics (subscription_id, topic) SELECT @id, value FROM {List("@topics")};
            """, transaction)
            .With("@id", id).With("@topics", ListValue(distinct)).ExecuteNonQueryAsync(cancellationToken);

        // Notices on topics the chat no longer follows are dropped; the lease stays, so one a dispatcher is sending
        // right now is still recorded as sent when the platform takes it.
        await connection.Sql("""
            UPDATE deliveries SET status = 3, last_error = @reason
            WHERE subscription_id = @id AND status = 0
              AND NOT EXISTS (
                  SELECT 1 FROM notices n JOIN subscription_topics t ON t.topic IN (n.topic, 'all')
                  WHERE n.id = deliveries.notice_id AND t.subscription_id = @id)
            """, transaction)
            .With("@id", id).With("@reason", UnsubscribedReason).ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Subscription(id, platform, chatId, isGroup, distinct, Active: true);
    }

    public async Task DeactivateAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.Sql("UPDATE subscriptions SET active = FALSE, deactivated_reason = @reason, updated_at = @now WHERE id = @id", transaction)
            .With("@id", subscriptionId).With("@reason", reason).With("@now", Timestamp(now)).ExecuteNonQueryAsync(cancellationToken);
        await DropPendingAsync(connection, transaction, subscriptionId, reason, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task MigrateChatAsync(long subscriptionId, string newChatId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var platform = (string?)await connection.Sql($"SELECT platform FROM subscriptions WHERE id = @id{ForUpdate}", transaction)
            .With("@id", subscriptionId).ExecuteScalarAsync(cancellationToken);
        if (platform is null)
        {
            return;
        }

        var target = await connection.Sql($"SELECT id FROM subscriptions WHERE platform = @platform AND chat_id = @chat{ForUpdate}", transaction)
            .With("@platform", platform).With("@chat", newChatId).ScalarInt64Async(cancellationToken);
        if (target is null)
        {
            await connection.Sql("UPDATE subscriptions SET chat_id = @chat, updated_at = @now WHERE id = @id", transaction)
                .With("@id", subscriptionId).With("@chat", newChatId).With("@now", Timestamp(now)).ExecuteNonQueryAsync(cancellationToken);
        }
        else if (target != subscriptionId)
        {
            await connection.Sql("""
                INSERT INTO subscription_topics (subscription_id, topic)
                    SELECT @target, topic FROM subscription_topics WHERE subscription_id = @id
                    ON CONFLICT DO NOTHING;
                UPDATE subscriptions SET active = TRUE, deactivated_reason = NULL, updated_at = @now WHERE id = @target;
                UPDATE deliveries SET subscription_id = @target
                    WHERE subscription_id = @id AND status = 0
                      AND notice_id NOT IN (SELECT notice_id FROM deliveries WHERE subscription_id = @target);
                DELETE FROM subscription_topics WHERE subscription_id = @id;
                UPDATE subscriptions SET active = FALSE, deactivated_reason = @reason, updated_at = @now WHERE id = @id;
                """, transaction)
                .With("@id", subscriptionId).With("@target", target.Value).With("@now", Timestamp(now)).With("@reason", "migrated to " + newChatId)
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

        var now = Timestamp(request.PublishedAt);
        long versionId;
        try
        {
            versionId = await connection.Sql("""
                INSERT INTO fact_versions (version, previous_id, snapshot, published_at, published_by) VALUES (@version, @previous, @snapshot, @now, @by) RETURNING id
                """, transaction)
                .With("@version", request.Version).With("@previous", request.PreviousId ?? 0L).With("@snapshot", request.Snapshot).With("@now", now)
                .With("@by", request.PublishedBy)
                .ScalarInt64Async(cancellationToken) ?? throw new InvalidOperationException("The version was not saved.");
        }
        catch (DbException ex) when (IsUniqueViolation(ex))
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

        var until = now + lease;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ids = new List<long>();
        await using (var reader = await connection.Sql($"""
            UPDATE deliveries SET lease_owner = @owner, lease_until = @until
            WHERE id IN (
                SELECT id FROM deliveries
                WHERE status = 0 AND platform IN (SELECT value FROM {List("@platforms")})
                  AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY id LIMIT @max{ForUpdateSkipLocked})
            RETURNING id
            """, transaction)
            .With("@owner", owner).With("@until", Timestamp(until)).With("@now", Timestamp(now)).With("@max", max)
            .With("@platforms", ListValue(platforms))
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
            await using var reader = await connection.Sql($"""
                SELECT d.id, d.notice_id, d.subscription_id, s.platform, s.chat_id, s.is_group, d.attempts, n.reply
                FROM deliveries d
                JOIN subscriptions s ON s.id = d.subscription_id
                JOIN notices n ON n.id = d.notice_id
                WHERE d.id IN (SELECT value FROM {List("@ids")})
                ORDER BY d.id
                """, transaction)
                .With("@ids", ListValue(ids))
                .ExecuteReaderAsync(cancellationToken);
            var replies = new Dictionary<long, Reply>();
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
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    public async Task<IReadOnlySet<long>> KeepSendableAsync(IReadOnlyCollection<long> deliveryIds, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveryIds);
        var sendable = new HashSet<long>();
        if (deliveryIds.Count == 0)
        {
            return sendable;
        }

        // The chat's subscription as it is now, not as the publish or the claim saw it: an unsubscribe that committed after
        // a publish read the subscriptions (PostgreSQL) could not drop the delivery that publish was still writing.
        // The rows to send are marked as being sent: after a crash, only those may have reached their chats.
        const string follows = """
            EXISTS (
                SELECT 1 FROM subscriptions s
                JOIN subscription_topics t ON t.subscription_id = s.id
                JOIN notices n ON n.id = deliveries.notice_id AND t.topic IN (n.topic, 'all')
                WHERE s.id = deliveries.subscription_id AND s.active)
            """;
        await using var connection = await OpenAsync(cancellationToken);
        await connection.Sql($"""
            UPDATE deliveries SET status = 3, lease_owner = NULL, lease_until = NULL,
                last_error = COALESCE((SELECT s.deactivated_reason FROM subscriptions s WHERE s.id = deliveries.subscription_id AND NOT s.active), @reason)
            WHERE id IN (SELECT value FROM {List("@ids")}) AND lease_owner = @owner AND status = 0 AND NOT {follows}
            """)
            .With("@ids", ListValue(deliveryIds)).With("@owner", owner).With("@reason", UnsubscribedReason).ExecuteNonQueryAsync(cancellationToken);
        await using var reader = await connection.Sql($"""
            UPDATE deliveries SET send_started_at = @now
            WHERE id IN (SELECT value FROM {List("@ids")}) AND lease_owner = @owner AND status = 0 AND lease_until > @now AND {follows}
            RETURNING id
            """)
            .With("@ids", ListValue(deliveryIds)).With("@owner", owner).With("@now", Timestamp(now)).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sendable.Add(reader.GetInt64(0));
        }

        return sendable;
    }

    public async Task<bool> MarkSentAsync(long deliveryId, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        // A delivery dropped while held (its chat unsubscribed mid-send) is still held: what the platform took is recorded.
        await ExecuteHeldAsync("UPDATE deliveries SET status = 1, sent_at = @now, lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @owner AND status IN (0, 3)",
            deliveryId, owner, cmd => cmd.With("@now", Timestamp(now)), cancellationToken);

    public async Task<bool> RetryLaterAsync(long deliveryId, string owner, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) =>
        await ExecuteHeldAsync("""
            UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = @at, last_error = @error, lease_owner = NULL, lease_until = NULL, send_started_at = NULL
            WHERE id = @id AND lease_owner = @owner AND status = 0
            """, deliveryId, owner, cmd => cmd.With("@at", Timestamp(notBefore)).With("@error", reason), cancellationToken);

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
        await connection.Sql($"""
            UPDATE deliveries SET lease_owner = NULL, lease_until = NULL, send_started_at = NULL
            WHERE id IN (SELECT value FROM {List("@ids")}) AND lease_owner = @owner AND status = 0
            """)
            .With("@ids", ListValue(deliveryIds)).With("@owner", owner).ExecuteNonQueryAsync(cancellationToken);
    }

    public abstract Task<IAsyncDisposable?> TryHoldHostAsync(string hostId, CancellationToken cancellationToken);

    public async Task<ReclaimedDeliveries> ReclaimHostAsync(string hostId, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostId);
        const string earlierRun = "status = 0 AND lease_owner <> @owner AND substr(lease_owner, 1, length(@prefix)) = @prefix";
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var cutOff = await connection.Sql($"""
            UPDATE deliveries SET lease_owner = NULL, lease_until = NULL, send_started_at = NULL, last_error = @reason
            WHERE {earlierRun} AND send_started_at IS NOT NULL
            """, transaction)
            .With("@owner", owner).With("@prefix", LeaseOwners.PrefixOf(hostId)).With("@reason", SendCutOffReason).ExecuteNonQueryAsync(cancellationToken);
        var notStarted = await connection.Sql($"UPDATE deliveries SET lease_owner = NULL, lease_until = NULL WHERE {earlierRun}", transaction)
            .With("@owner", owner).With("@prefix", LeaseOwners.PrefixOf(hostId)).ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReclaimedDeliveries(cutOff + notStarted, cutOff);
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

    /// <summary>Opens a connection ready for use, without migrating.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Begins the migration's transaction, holding whatever keeps other hosts from migrating at the same time.</summary>
    protected abstract Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A point in time as the dialect stores it.</summary>
    protected abstract object Timestamp(DateTimeOffset time);

    /// <summary>A point in time as the dialect stored it.</summary>
    protected abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>A table expression over the list in <paramref name="parameter"/>, one row a value, in a column named <c>value</c>.</summary>
    protected abstract string List(string parameter);

    /// <summary>The value to bind to a parameter read by <see cref="List"/>.</summary>
    protected abstract object ListValue<T>(IReadOnlyCollection<T> values);

    /// <summary>True when <paramref name="exception"/> says a unique key refused a row.</summary>
    protected abstract bool IsUniqueViolation(DbException exception);

    private static async Task DropPendingAsync(DbConnection connection, DbTransaction transaction, long subscriptionId, string reason, CancellationToken cancellationToken) =>
        await connection.Sql("""
            UPDATE deliveries SET status = 3, last_error = @reason, lease_owner = NULL, lease_until = NULL
            WHERE subscription_id = @id AND status = 0
            """, transaction)
            .With("@id", subscriptionId).With("@reason", reason).ExecuteNonQueryAsync(cancellationToken);

    private async Task<PublishedFacts?> ReadLastPublishedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var reader = await connection.Sql("SELECT id, version, snapshot, published_at, published_by FROM fact_versions ORDER BY id DESC LIMIT 1", transaction)
            .ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PublishedFacts(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), ReadTimestamp(reader, 3), reader.IsDBNull(4) ? null : reader.GetString(4))
            : null;
    }

    private async Task<bool> ExecuteHeldAsync(string sql, long deliveryId, string owner, Func<DbCommand, DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await parameters(connection.Sql(sql).With("@id", deliveryId).With("@owner", owner)).ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    private async Task<SchemaVersion> MigrateCoreAsync()
    {
        // Not cancellable: a migration some caller stopped waiting for still finishes for the others.
        var none = CancellationToken.None;
        await using var connection = await OpenConnectionAsync(none);
        await using var transaction = await BeginMigrationAsync(connection, none);
        return await MigrationRunner.ApplyAsync(connection, transaction, Migrations, CreateMigrationHistorySql, none);
    }
}
