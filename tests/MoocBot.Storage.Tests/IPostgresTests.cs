namespace MoocBot.Storage.Tests;

/// <summary>Marks a test class that needs the PostgreSQL server; its [StoreFact] tests are skipped without one.</summary>
internal interface IPostgresTests;
