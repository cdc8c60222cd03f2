using System.ComponentModel.DataAnnotations;

namespace MoocBot.Storage;

/// <summary>Where subscriptions and the notice outbox are kept (configuration section "Storage").</summary>
public sealed class StorageOptions
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
