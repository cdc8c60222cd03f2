using System.Collections.Frozen;

namespace MoocBot.Core.Facts;

/// <summary>One version of the fact repository: the articles and the facts that quote them.</summary>
public sealed class FactRepository
{
    private readonly FrozenDictionary<string, Fact> _factsById;
    private readonly FrozenDictionary<string, Article> _articlesById;

    /// <summary>Creates a repository; ids must be unique (the facts check verifies the rest).</summary>
    public FactRepository(IReadOnlyList<Article> articles, IReadOnlyList<Fact> facts, string version)
    {
        Articles = articles;
        Facts = facts;
        Version = version;
        _factsById = facts.DistinctBy(f => f.Id, StringComparer.Ordinal).ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _articlesById = articles.DistinctBy(a => a.Id, StringComparer.Ordinal).ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>The articles, in file order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The facts, in file order.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>A hash of the repository's content: two repositories with the same facts have the same version.</summary>
    public string Version { get; }

    /// <summary>The topics in the order they first appear.</summary>
    public IEnumerable<string> Topics => Facts.Select(f => f.Topic).Distinct(StringComparer.Ordinal);

    /// <summary>The fact with this id, or null.</summary>
    public Fact? FindFact(string id) => _factsById.GetValueOrDefault(id);

    /// <summary>The article with this id, or null.</summary>
    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    /// <summary>The article a fact quotes.</summary>
    public Article ArticleOf(Fact fact) =>
        FindArticle(fact.ArticleId) ?? throw new InvalidOperationException($"Fact '{fact.Id}' names article '{fact.ArticleId}', which is not in the repository.");
}
