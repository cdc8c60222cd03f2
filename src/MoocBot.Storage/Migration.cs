namespace MoocBot.Storage;

/// <summary>One schema step; applied once, in version order, and recorded in schema_migrations.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
