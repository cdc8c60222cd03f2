namespace MoocBot.Core.Diagnostics;

/// <summary>What a store probe found.</summary>
/// <param name="Provider">"Sqlite" or "Postgres".</param>
/// <param name="SchemaVersion">The schema version in the database (0 before the first start migrates it).</param>
/// <param name="LatestSchemaVersion">The version this MoocBot migrates to.</param>
public sealed record StoreProbeResult(string Provider, int SchemaVersion, int LatestSchemaVersion);
