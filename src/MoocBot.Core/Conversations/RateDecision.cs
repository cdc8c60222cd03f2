namespace MoocBot.Core.Conversations;

/// <summary>What the rate limiter says about one message.</summary>
public enum RateDecision
{
    /// <summary>Within the limits: handle it.</summary>
    Allowed,

    /// <summary>The first message over a limit in this window: say "slow down" once.</summary>
    FirstExcess,

    /// <summary>Over a limit again: drop it silently until the window passes.</summary>
    Dropped,
}
