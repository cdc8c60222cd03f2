using System.ComponentModel.DataAnnotations;

namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>
/// How long a follow-up question may refer to the one before, how many contexts and chat languages one host keeps in
/// memory, and how long a cached chat language is trusted.
/// </summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Conversations";

    /// <summary>How long after a question a follow-up ("and in the west?") still refers to it.</summary>
    [TimeSpanRange("00:00:10", "1.00:00:00")]
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most contexts kept in memory (SQLite store), and the most chats' /language choices cached; past it the least
    /// recently used are dropped.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MaxInMemory { get; set; } = 10_000;

    /// <summary>
    /// How long a chat's cached /language choice is used before the store is read again: the longest another host (or an
    /// <c>ask --chat</c> process) sharing the database can go unseen. A choice set through this host is seen at once; zero
    /// turns the cache off.
    /// </summary>
    [TimeSpanRange("00:00:00", "01:00:00")]
    public TimeSpan LanguageCacheExpiry { get; set; } = TimeSpan.FromSeconds(30);
}
