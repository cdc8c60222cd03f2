namespace MoocBot.Core.Notices;

/// <summary>What a publish wrote.</summary>
/// <param name="VersionId">The new version's id.</param>
/// <param name="Notices">Notices written.</param>
/// <param name="Deliveries">Delivery rows written: one per notice and recipient.</param>
public sealed record PublishRecord(long VersionId, int Notices, int Deliveries);
