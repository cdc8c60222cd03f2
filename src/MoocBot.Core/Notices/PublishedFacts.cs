namespace MoocBot.Core.Notices;

/// <summary>A published version of the fact repository, as the store keeps it.</summary>
/// <param name="Id">The store's id; each publish names the id it follows.</param>
/// <param name="Version">The repository's content hash (<see cref="Facts.FactRepository.Version"/>).</param>
/// <param name="Snapshot">The repository as JSON, so later versions can be compared with it.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="PublishedBy">Who published it (<see cref="Publishers"/>); null for versions published before the store recorded it.</param>
public sealed record PublishedFacts(long Id, string Version, string Snapshot, DateTimeOffset PublishedAt, string? PublishedBy = null);
