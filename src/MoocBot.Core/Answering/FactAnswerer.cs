using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>Finds the fact a question asks about.</summary>
public sealed class FactAnswerer
{
    private const double AnswerThreshold = 0.5;
    private readonly FactRepository _repository;
    private readonly List<(Fact Fact, HashSet<string> Tokens)> _index;

    /// <summary>Builds the index over a repository.</summary>
    public FactAnswerer(FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        _repository = repository;
        _index = [.. repository.Facts.Select(f => (f, Tokenize(string.Join(' ', f.Aliases.Append(f.Counts)))))];
    }

    /// <summary>The repository this answerer indexes.</summary>
    public FactRepository Repository => _repository;

    /// <summary>Answers one question.</summary>
    public Answer Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var ranked = Rank(question).ToList();
        if (ranked.Count == 0 || ranked[0].Score < AnswerThreshold)
        {
            return new Answer(question, AnswerStatus.NotFound, 0, [], [.. ranked.Take(3).Select(r => r.Fact)]);
        }

        return new Answer(question, AnswerStatus.Answered, ranked[0].Score, [.. ranked.Take(5).Select(r => r.Fact)], []);
    }

    /// <summary>Facts matching a partial query, best first (autocomplete, inline mode).</summary>
    public IReadOnlyList<Fact> Search(string query, int max) =>
        [.. Rank(query).Take(max).Select(r => r.Fact)];

    private IEnumerable<(Fact Fact, double Score)> Rank(string question)
    {
        var tokens = Tokenize(question);
        if (tokens.Count == 0)
        {
            return [];
        }

        return _index
            .Select(entry => (entry.Fact, Score: (double)tokens.Count(entry.Tokens.Contains) / tokens.Count))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score);
    }

    private static HashSet<string> Tokenize(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', '\'', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)];
}
