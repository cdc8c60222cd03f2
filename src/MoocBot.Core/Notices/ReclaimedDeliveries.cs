namespace MoocBot.Core.Notices;

/// <summary>What a restarted host took back from its earlier run.</summary>
/// <param name="Released">Pending deliveries the earlier run still held, now free to claim at once.</param>
/// <param name="SendsCutOff">Of those, the ones whose send the earlier run had started without recording its outcome: the platform may have taken them, so the chat may get them twice.</param>
public sealed record ReclaimedDeliveries(int Released, int SendsCutOff);
