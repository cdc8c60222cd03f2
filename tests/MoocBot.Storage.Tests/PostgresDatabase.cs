using Npgsql;

namespace MoocBot.Storage.Tests;

/// <summary>
/// The PostgreSQL server the tests use, named by MOOCBOT_TEST_POSTGRES (.ci/postgres.sh starts one and prints it).
/// Each test gets a schema of its own, dropped afterwards.
/// </summary>
internal static class PostgresDatabase
{
    public const string Variable = "MOOCBOT_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Set in CI: a missing server then fails the PostgreSQL tests instead of skipping them.</summary>
    public const string RequireVariable = "MOOCBOT_REQUIRE_POSTGRES";

    public static string? SkipReason => ConnectionString is null && Environment.GetEnvironmentVariable(RequireVariable) != "1"
        ? $"PostgreSQL tests skipped: set {Variable} to a connection string (run `eval \"$(bash .ci/postgres.sh)\"` as root to start a local server)."
        : null;

    public static async Task<string> CreateSchemaAsync(string schema)
    {
        if (ConnectionString is null)
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but {Variable} is not set: PostgreSQL is required and was not started.");
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();

        // Commits need not wait for the disk in tests; the server still honours every transaction's isolation.
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema, Options = "-c synchronous_commit=off" }.ToString();
    }

    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
