namespace MoocBot.Core.Notices;

/// <summary>The outcome of publishing a repository version.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Version">The version published (the current repository's).</param>
/// <param name="PreviousVersion">The version it was compared with; null on a fresh install.</param>
/// <param name="Diff">What changed; empty for a first or unchanged publish.</param>
/// <param name="Notices">Notices written to the outbox.</param>
/// <param name="Deliveries">Deliveries queued: one per notice and subscribed chat.</param>
public sealed record PublishSummary(PublishStatus Status, string Version, string? PreviousVersion, FactDiff Diff, int Notices, int Deliveries)
{
    /// <summary>For <see cref="PublishStatus.Unchanged"/>: the publish that already recorded this version.</summary>
    public PublishedFacts? Earlier { get; init; }

    /// <summary>One line for the command line and logs.</summary>
    public override string ToString() => Status switch
    {
        PublishStatus.FirstVersion => $"Recorded version {Version} as the first published version; no notices sent.",
        PublishStatus.Unchanged => $"Version {Version} is already published{Publishers.Describe(Earlier)}; nothing to do.",
        PublishStatus.PublishedElsewhere => $"Another host published at the same time; version {Version} was not published here.",
        _ => $"Published version {Version} (after {PreviousVersion}): {Diff.Added.Count()} added, {Diff.Changed.Count()} changed, {Diff.Removed.Count()} removed; {Notices} notice(s), {Deliveries} deliver(ies) queued.",
    };
}
