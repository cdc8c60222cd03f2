using System.Data.Common;

namespace MoocBot.Storage;

/// <summary>Applies the pending migrations inside the caller's transaction (which already excludes other migrators) and commits.</summary>
internal static class MigrationRunner
{
    public static async Task<SchemaVersion> ApplyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Migration> migrations, string createHistory, CancellationToken cancellationToken)
    {
        await connection.Sql(createHistory, transaction).ExecuteNonQueryAsync(cancellationToken);
        var current = (int)(await connection.Sql("SELECT MAX(version) FROM schema_migrations", transaction).ScalarInt64Async(cancellationToken) ?? 0);
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException($"The database schema is at version {current}, but this MoocBot knows only up to version {latest}. Run a newer MoocBot against it.");
        }

        var applied = 0;
        foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await connection.Sql(migration.Sql, transaction).ExecuteNonQueryAsync(cancellationToken);
            await connection.Sql("INSERT INTO schema_migrations (version, name) VALUES (@version, @name)", transaction)
                .With("@version", migration.Version).With("@name", migration.Name).ExecuteNonQueryAsync(cancellationToken);
            applied++;
        }

        await transaction.CommitAsync(cancellationToken);
        return new SchemaVersion(Math.Max(current, latest), applied);
    }
}
