using System.ComponentModel.DataAnnotations;

namespace MoocBot.Core.Diagnostics;

/// <summary>The opt-in log of questions the bot could not answer (configuration section "Diagnostics:UnansweredLog").</summary>
public sealed class UnansweredLogOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Diagnostics:UnansweredLog";

    /// <summary>True to keep questions answered "not found" (text, time, platform; never a user or chat id). Off by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>Days a question is kept; older ones are deleted (hourly, and at start).</summary>
    [Range(1, 3_650)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Characters of a question kept; the rest is cut off.</summary>
    [Range(16, 2_000)]
    public int MaxTextLength { get; set; } = 300;

    /// <summary>Questions waiting to be written; when the store falls this far behind, further ones are dropped, never the reply.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1_000;
}
