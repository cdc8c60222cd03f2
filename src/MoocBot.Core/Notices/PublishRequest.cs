namespace MoocBot.Core.Notices;

/// <summary>What <see cref="INoticeStore.PublishAsync"/> writes in one transaction.</summary>
/// <param name="Version">The repository's content hash.</param>
/// <param name="Snapshot">The repository as JSON.</param>
/// <param name="PreviousId">The id of the version this one follows, or null for the first publish.</param>
/// <param name="Notices">The notices, one per changed topic; empty for the first publish.</param>
/// <param name="PublishedAt">When.</param>
/// <param name="PublishedBy">Who published it (<see cref="Publishers"/>), shown when the same version is published again.</param>
public sealed record PublishRequest(string Version, string Snapshot, long? PreviousId, IReadOnlyList<NoticeDraft> Notices, DateTimeOffset PublishedAt, string PublishedBy);
