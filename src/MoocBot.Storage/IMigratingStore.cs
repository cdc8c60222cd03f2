namespace MoocBot.Storage;

/// <summary>A store whose schema is brought up to date at start-up (and, to be safe, before its first use).</summary>
internal interface IMigratingStore
{
    StorageProvider Provider { get; }

    Task<SchemaVersion> MigrateAsync(CancellationToken cancellationToken);
}
