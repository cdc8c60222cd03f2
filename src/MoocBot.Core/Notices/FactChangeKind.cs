namespace MoocBot.Core.Notices;

/// <summary>How a fact differs between two repository versions.</summary>
public enum FactChangeKind
{
    /// <summary>New in the current version.</summary>
    Added,

    /// <summary>In both, with a different figure, date, quote or source.</summary>
    Changed,

    /// <summary>No longer in the current version.</summary>
    Removed,
}
