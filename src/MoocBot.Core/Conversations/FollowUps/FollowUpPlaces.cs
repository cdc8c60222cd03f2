using System.Text;
using System.Text.RegularExpressions;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>
/// The places a follow-up may name ("and in the west?", "那西部呢？"), read from the <c>places</c> section of the
/// repository's vocabulary (<c>data/vocabulary.txt</c>): a line <c>words => topic</c> leads to that topic, a line
/// without a topic is a region the repository has no figures for. A new place or topic is a data change.
/// </summary>
public sealed class FollowUpPlaces
{
    // English grammar around a place word, not place words themselves: "in the west", "western china", "the west region".
    private const string EnglishLead = @"(?:\b(?:in|for|of|on)\s+)?(?:\bthe\s+)?\b";
    private const string EnglishTail = @"s?\b(?:\s+(?:china|region|regions|provinces)\b)?";
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly char[] WordSeparators = [' ', '-'];

    private readonly (Regex Pattern, string? Topic)[] _lines;

    private FollowUpPlaces(Vocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        var lines = vocabulary.Lines(VocabularySections.Places);
        _lines = [.. lines.Select(line => (Pattern(line.Phrases), line.Targets.Count > 0 ? line.Concept : (string?)null))];
        Topics = [.. lines.Where(l => l.Targets.Count > 0).Select(l => l.Concept).Distinct(StringComparer.Ordinal)];
        TopicWords = lines
            .Where(l => l.Targets.Count > 0)
            .SelectMany(l => l.Phrases)
            .Where(p => !p.Any(TextFolder.IsCjk))
            .SelectMany(p => p.ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The vocabulary the places were read from.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The topics a place leads to, in file order: the ones a follow-up can move to.</summary>
    public IReadOnlyList<string> Topics { get; }

    /// <summary>The English words of the places that lead to a topic ("west", "national", "platform"), lower case.</summary>
    public IReadOnlySet<string> TopicWords { get; }

    /// <summary>Reads the places of <paramref name="vocabulary"/>.</summary>
    public static FollowUpPlaces From(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new FollowUpPlaces(vocabulary);
    }

    /// <summary>The first place named in <paramref name="text"/> (by line order), with the topic it leads to (null: a region without figures).</summary>
    internal (Match Place, string? Topic)? Find(string text)
    {
        foreach (var (pattern, topic) in _lines)
        {
            if (pattern.Match(text) is { Success: true } place)
            {
                return (place, topic);
            }
        }

        return null;
    }

    /// <summary>One line's phrases as a pattern, the longest first: English ones as whole words with their grammar, Chinese ones anywhere.</summary>
    private static Regex Pattern(IReadOnlyList<string> phrases)
    {
        var ordered = phrases.OrderByDescending(p => p.Length).ToList();
        var english = ordered.Where(p => !p.Any(TextFolder.IsCjk)).Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal)).ToList();
        var chinese = ordered.Where(p => p.Any(TextFolder.IsCjk)).Select(Regex.Escape).ToList();
        var pattern = new StringBuilder();
        if (english.Count > 0)
        {
            pattern.Append(EnglishLead).Append("(?:").AppendJoin('|', english).Append(')').Append(EnglishTail);
        }

        if (chinese.Count > 0)
        {
            pattern.Append(english.Count > 0 ? "|" : string.Empty).AppendJoin('|', chinese);
        }

        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }
}
