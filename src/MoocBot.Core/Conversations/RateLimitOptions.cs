using System.ComponentModel.DataAnnotations;

namespace MoocBot.Core.Conversations;

/// <summary>Limits on questions and commands, so one user or chat cannot flood the bot.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "RateLimits";

    /// <summary>False turns the limits off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages one user may send in a window.</summary>
    [Range(1, 100_000)]
    public int PerUser { get; set; } = 20;

    /// <summary>Messages one chat (all its users together) may send in a window.</summary>
    [Range(1, 100_000)]
    public int PerChat { get; set; } = 60;

    /// <summary>The window the limits count over.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
