using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MoocBot.Storage;

/// <summary>Where subscriptions and the notice outbox are kept (configuration section "Storage").</summary>
public sealed class StorageOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary><see cref="StorageProvider.Sqlite"/> (the default) or <see cref="StorageProvider.Postgres"/>.</summary>
    [EnumDataType(typeof(StorageProvider))]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The connection string. For SQLite it defaults to <c>Data Source=&lt;local application data&gt;/MoocBot/moocbot.db</c>;
    /// for PostgreSQL it is required (e.g. <c>Host=db;Username=moocbot;Password=...;Database=moocbot</c>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The messages never repeat the connection string: it may hold a password.
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            if (Provider == StorageProvider.Postgres)
            {
                yield return new ValidationResult(
                    "Storage:ConnectionString (environment variable Storage__ConnectionString) is missing: it is required when Storage:Provider is Postgres, e.g. Host=db;Username=moocbot;Password=...;Database=moocbot.");
            }

            yield break;
        }

        if (!Parses(ConnectionString))
        {
            yield return new ValidationResult(Provider == StorageProvider.Postgres
                ? "Storage:ConnectionString (environment variable Storage__ConnectionString) is not a PostgreSQL connection string: allowed values: Key=Value pairs separated by ';', e.g. Host=db;Username=moocbot;Password=...;Database=moocbot."
                : "Storage:ConnectionString (environment variable Storage__ConnectionString) is not a SQLite connection string: allowed values: Key=Value pairs separated by ';', e.g. Data Source=/var/lib/moocbot/moocbot.db, or empty for the default file.");
        }
    }

    private bool Parses(string connectionString)
    {
        try
        {
            var keys = Provider == StorageProvider.Postgres ? CountPostgresKeys(connectionString) : new SqliteConnectionStringBuilder(connectionString).Count;
            return keys > 0;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    // Its own method, so that a bot on SQLite never loads Npgsql (README, issue 11).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountPostgresKeys(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Count;

    /// <summary>The SQLite file used when no connection string is given, in the user's data folder.</summary>
    public static string DefaultSqlitePath
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (string.IsNullOrEmpty(root))
            {
                root = AppContext.BaseDirectory;
            }

            return Path.Combine(root, "MoocBot", "moocbot.db");
        }
    }
}
