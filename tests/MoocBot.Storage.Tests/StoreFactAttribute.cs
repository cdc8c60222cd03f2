using Xunit.Sdk;

namespace MoocBot.Storage.Tests;

/// <summary>
/// A fact of the shared store suite. It runs on every store; in a class marked <see cref="IPostgresTests"/> it is
/// skipped, with the reason shown, when no PostgreSQL server is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("MoocBot.Storage.Tests.StoreFactDiscoverer", "MoocBot.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
