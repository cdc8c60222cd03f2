using System.Data.Common;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Storage;

/// <summary>The unanswered-question log and the health probe.</summary>
internal abstract partial class SqlNoticeStore
{
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
                .With("@platform", question.Platform).With("@text", question.Text).With("@normalized", question.NormalizedText).With("@at", Timestamp(question.AskedAt))
                .ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.Sql("DELETE FROM unanswered_questions WHERE asked_at < @cutoff").With("@cutoff", Timestamp(cutoff)).ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<QuestionSuggestion>> FindFrequentAsync(DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.Sql($"""
            SELECT normalized, COUNT(*) AS times, MAX(asked_at) AS last_seen FROM unanswered_questions
            WHERE asked_at >= @since
            GROUP BY normalized
            ORDER BY times DESC, last_seen DESC, normalized COLLATE {OrdinalCollation}
            LIMIT @top
            """).With("@since", Timestamp(since)).With("@top", top).ExecuteReaderAsync(cancellationToken);
        var suggestions = new List<QuestionSuggestion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            suggestions.Add(new QuestionSuggestion(reader.GetString(0), (int)reader.GetInt64(1), ReadTimestamp(reader, 2)));
        }

        return suggestions;
    }

    public async Task<StoreProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        // Not migrating here: the schema is migrated when the bot starts. The write is one that changes no row, rolled back.
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var migrated = await connection.Sql(MigrationHistoryExistsSql).ScalarInt64Async(cancellationToken) > 0;
        var version = migrated ? await connection.Sql("SELECT MAX(version) FROM schema_migrations").ScalarInt64Async(cancellationToken) ?? 0 : 0;
        if (migrated)
        {
            await ProbeWriteAsync(connection, cancellationToken);
        }

        return new StoreProbeResult(Provider.ToString(), (int)version, Migrations[^1].Version);
    }

    private async Task ProbeWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await connection.Sql("UPDATE schema_migrations SET name = name WHERE version < 0", transaction).ExecuteNonQueryAsync(cancellationToken);
        }
        catch (DbException ex)
        {
            throw new StoreUnavailableException($"The {Provider} store answers but refuses writes, so nothing can be saved: {ex.Message}", ex);
        }

        await transaction.RollbackAsync(cancellationToken);
    }
}
