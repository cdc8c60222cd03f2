namespace MoocBot.Storage;

/// <summary>Which database keeps subscriptions and the notice outbox.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file: the default, for one host.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several hosts at once.</summary>
    Postgres,
}
