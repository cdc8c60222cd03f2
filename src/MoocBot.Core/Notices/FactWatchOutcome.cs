namespace MoocBot.Core.Notices;

/// <summary>What one look at the facts files found.</summary>
internal enum FactWatchOutcome
{
    /// <summary>The files hold what was handled last.</summary>
    Unchanged,

    /// <summary>The files changed since the last look; they are loaded once they hold still.</summary>
    Settling,

    /// <summary>The new content does not load or fails the facts check; the served version stays.</summary>
    Refused,

    /// <summary>The new content loads as the version already served (a rewrite with the same content).</summary>
    SameVersion,

    /// <summary>A new version is served now and was handed to the publisher.</summary>
    Replaced,
}
