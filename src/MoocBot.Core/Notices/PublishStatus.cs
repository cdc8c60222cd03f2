namespace MoocBot.Core.Notices;

/// <summary>What <see cref="FactPublisher.PublishAsync"/> did.</summary>
public enum PublishStatus
{
    /// <summary>A fresh install: the version was recorded and nothing was sent.</summary>
    FirstVersion,

    /// <summary>The repository is the version published last: nothing to do.</summary>
    Unchanged,

    /// <summary>The new version was recorded with its notices (none when no fact changed in a way readers see).</summary>
    Published,

    /// <summary>Another host published at the same moment; this one wrote nothing.</summary>
    PublishedElsewhere,
}
