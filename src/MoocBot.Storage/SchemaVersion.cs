namespace MoocBot.Storage;

/// <summary>The schema version a store is at after migrating, and how many steps were applied just now.</summary>
internal sealed record SchemaVersion(int Version, int Applied);
