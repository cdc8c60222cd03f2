using System.Collections.Frozen;

namespace MoocBot.Core.Facts;

/// <summary>
/// One version of the fact repository: the topics, the articles and reports, and the measures whose observations
/// quote or cite them. <see cref="Facts"/> is each measure at its newest observation: the figures the bot answers
/// with; <see cref="Measures"/> holds the whole history.
/// </summary>
public sealed class FactRepository
{
    private readonly FrozenDictionary<string, Measure> _measuresById;
    private readonly FrozenDictionary<string, Fact> _factsById;
    private readonly FrozenDictionary<string, Article> _articlesById;
    private readonly FrozenDictionary<string, Report> _reportsById;
    private readonly FrozenDictionary<string, Topic> _topicsById;
    // One immutable source per article and report, made once: every reply and ask --json line names sources, and
    // making one formats the article's date.
    private readonly Dictionary<string, FactSource> _articleSources;
    private readonly Dictionary<string, FactSource> _reportSources;

    /// <summary>Creates a repository; ids should be unique (the facts check verifies that and the rest).</summary>
    public FactRepository(
        IReadOnlyList<Topic> topics,
        IReadOnlyList<Article> articles,
        IReadOnlyList<Report> reports,
        IReadOnlyList<Measure> measures,
        string version,
        Vocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(measures);
        Topics = topics;
        Articles = articles;
        Reports = reports;
        Measures = measures;
        Version = version;
        Vocabulary = vocabulary ?? Vocabulary.Default;
        Facts = [.. measures.Where(m => m.Observations.Count > 0).Select(m => m.ToFact(m.Latest))];
        _measuresById = measures.DistinctBy(m => m.Id, StringComparer.Ordinal).ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        _factsById = Facts.DistinctBy(f => f.Id, StringComparer.Ordinal).ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _articlesById = articles.DistinctBy(a => a.Id, StringComparer.Ordinal).ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        _reportsById = reports.DistinctBy(r => r.Id, StringComparer.Ordinal).ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _topicsById = topics.DistinctBy(t => t.Id, StringComparer.Ordinal).ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _articleSources = _articlesById.ToDictionary(a => a.Key, a => FactSource.Of(a.Value), StringComparer.Ordinal);
        _reportSources = _reportsById.ToDictionary(r => r.Key, r => FactSource.Of(r.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// A repository of single-observation facts (tests, benchmarks): each fact is a measure of its own, and the
    /// topics are those the facts name, described by their ids.
    /// </summary>
    public FactRepository(IReadOnlyList<Article> articles, IReadOnlyList<Fact> facts, string version)
        : this(TopicsNamedBy(facts), articles, [], [.. facts.Select(Measure.FromFact)], version)
    {
    }

    /// <summary>The topics, in file order.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The stored articles, in file order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The cited reports, in file order.</summary>
    public IReadOnlyList<Report> Reports { get; }

    /// <summary>The measures with their full histories, in file order.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>Each measure at its newest observation, in file order: the current figures.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The words the answerer knows besides those of the facts (<c>vocabulary.txt</c>, else <see cref="Vocabulary.Default"/>).</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>A hash of the repository's content: two repositories with the same content have the same version.</summary>
    public string Version { get; }

    /// <summary>The measure with this id (its history), or null.</summary>
    public Measure? FindMeasure(string id) => _measuresById.GetValueOrDefault(id);

    /// <summary>The current figure of the measure with this id, or null.</summary>
    public Fact? FindFact(string id) => _factsById.GetValueOrDefault(id);

    /// <summary>The article with this id, or null.</summary>
    public Article? FindArticle(string id) => _articlesById.GetValueOrDefault(id);

    /// <summary>The report with this id, or null.</summary>
    public Report? FindReport(string id) => _reportsById.GetValueOrDefault(id);

    /// <summary>The topic with this id, or null.</summary>
    public Topic? FindTopic(string id) => _topicsById.GetValueOrDefault(id);

    /// <summary>
    /// The topic whose figures are the headline ones (<c>/stats</c>): the one facts.json marks <c>"headline": true</c>,
    /// else the first; null when there are no topics.
    /// </summary>
    public Topic? HeadlineTopic => Topics.FirstOrDefault(t => t.IsHeadline) ?? (Topics.Count > 0 ? Topics[0] : null);

    /// <summary>The source of a fact's evidence, or null when this version holds neither its article nor its report.</summary>
    public FactSource? FindSource(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return FindSource(fact.Evidence);
    }

    /// <summary>The source <paramref name="evidence"/> quotes or cites, or null when this version holds neither its article nor its report.</summary>
    public FactSource? FindSource(Evidence evidence) => evidence switch
    {
        ArticleQuote quote => _articleSources.GetValueOrDefault(quote.ArticleId),
        ReportCitation citation => _reportSources.GetValueOrDefault(citation.ReportId),
        _ => null,
    };

    /// <summary>The source of a fact's evidence.</summary>
    public FactSource SourceOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return SourceOf(fact.Id, fact.Evidence);
    }

    /// <summary>The source of <paramref name="evidence"/>, given for the fact (or one observation of the measure) <paramref name="factId"/>.</summary>
    public FactSource SourceOf(string factId, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return FindSource(evidence) ?? throw new InvalidOperationException($"Fact '{factId}' names source '{evidence.SourceId}', which is not in the repository.");
    }

    private static List<Topic> TopicsNamedBy(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. facts.Select(f => f.Topic).Distinct(StringComparer.Ordinal).Select(id => new Topic(id, id, id))];
    }
}
