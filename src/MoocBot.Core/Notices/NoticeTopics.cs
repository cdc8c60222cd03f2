using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>The topics a chat can subscribe to: "all" and every topic of the repository served now.</summary>
internal static class NoticeTopics
{
    public const string All = "all";

    /// <summary>"all", then the repository's topics in file order.</summary>
    public static IReadOnlyList<string> Subscribable(FactRepository repository) => [All, .. Specific(repository)];

    /// <summary>The repository's topics in file order.</summary>
    public static IReadOnlyList<string> Specific(FactRepository repository) => [.. repository.Topics.Select(t => t.Id)];

    /// <summary>"all" for no text, the topic named by its id or its Chinese label ("西部"), or null when the repository has no such topic.</summary>
    public static string? Parse(string text, FactRepository repository)
    {
        var trimmed = text.Trim();
        var topic = repository.Topics.FirstOrDefault(t => string.Equals(t.ChineseLabel, trimmed, StringComparison.Ordinal))?.Id ?? trimmed.ToLowerInvariant();
        return topic.Length == 0 ? All : Subscribable(repository).Contains(topic) ? topic : null;
    }

    /// <summary>In the repository's order; topics it no longer has (a chat may still follow them) last, by name.</summary>
    public static IReadOnlyList<string> InOrder(IEnumerable<string> topics, FactRepository repository)
    {
        var set = topics.ToHashSet(StringComparer.Ordinal);
        var known = Subscribable(repository);
        return [.. known.Where(set.Contains), .. set.Where(t => !known.Contains(t)).Order(StringComparer.Ordinal)];
    }

    /// <summary>"all (the default), national, platform, west or international": what a topic argument may be.</summary>
    public static string ArgumentDescription(FactRepository repository)
    {
        var topics = Specific(repository);
        return topics.Count == 0
            ? "all (the default)"
            : "all (the default), " + string.Join(", ", topics.Take(topics.Count - 1)) + (topics.Count > 1 ? " or " : string.Empty) + topics[^1];
    }
}
