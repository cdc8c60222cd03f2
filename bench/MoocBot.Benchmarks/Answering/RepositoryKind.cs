namespace MoocBot.Benchmarks.Answering;

/// <summary>Which repository a benchmark answers over.</summary>
public enum RepositoryKind
{
    /// <summary>data/facts.json: the article's facts.</summary>
    Real,

    /// <summary>The real facts plus 10,000 generated ones.</summary>
    Synthetic10k,
}
