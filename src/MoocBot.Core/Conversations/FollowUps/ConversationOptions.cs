using System.ComponentModel.DataAnnotations;

namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>How long a follow-up question may refer to the one before, and how many contexts one host keeps in memory.</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Conversations";

    /// <summary>How long after a question a follow-up ("and in the west?") still refers to it.</summary>
    [TimeSpanRange("00:00:10", "1.00:00:00")]
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The most contexts kept in memory (SQLite store); past it the least recently asked are dropped.</summary>
    [Range(100, 10_000_000)]
    public int MaxInMemory { get; set; } = 10_000;
}
