namespace MoocBot.Core.Notices;

/// <summary>The topics a chat can subscribe to.</summary>
internal static class NoticeTopics
{
    public const string All = "all";

    /// <summary>In display order; "all" also covers facts of topics not listed here (the source facts).</summary>
    public static IReadOnlyList<string> Subscribable { get; } = [All, "national", "platform", "west", "international"];

    public static IReadOnlyList<string> Specific { get; } = [.. Subscribable.Skip(1)];

    public static string? Parse(string text)
    {
        var topic = text.Trim().ToLowerInvariant();
        return topic.Length == 0 ? All : Subscribable.Contains(topic) ? topic : null;
    }

    public static IReadOnlyList<string> InOrder(IEnumerable<string> topics)
    {
        var set = topics.ToHashSet(StringComparer.Ordinal);
        return [.. Subscribable.Where(set.Contains), .. set.Where(t => !Subscribable.Contains(t)).Order(StringComparer.Ordinal)];
    }
}
