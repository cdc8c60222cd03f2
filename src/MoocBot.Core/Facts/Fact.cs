namespace MoocBot.Core.Facts;

/// <summary>One figure (or statement) from an article, with the sentence it comes from.</summary>
public sealed record Fact
{
    /// <summary>Stable id, e.g. <c>national.moocs</c>.</summary>
    public required string Id { get; init; }

    /// <summary>national, platform, west, international or source.</summary>
    public required string Topic { get; init; }

    /// <summary>What the figure counts, in plain words ("MOOCs offered in China").</summary>
    public required string Counts { get; init; }

    /// <summary>The number in plain units (62000, 979000000, 97.3); null for a statement.</summary>
    public decimal? Value { get; init; }

    /// <summary>Unit of <see cref="Value"/>: "courses", "people", "%", "year", ...</summary>
    public required string Unit { get; init; }

    /// <summary>How the article qualifies the figure.</summary>
    public Qualifier Qualifier { get; init; }

    /// <summary>The figure as the article writes it ("979 million", "nearly 100,000"); for a statement, the statement.</summary>
    public required string Display { get; init; }

    /// <summary>As of when: "2022-11", "2022-11-30" or "2023-01-02".</summary>
    public required string AsOf { get; init; }

    /// <summary>The sentence it comes from, verbatim from the article.</summary>
    public required string Quote { get; init; }

    /// <summary>The id of the article quoted.</summary>
    public required string ArticleId { get; init; }

    /// <summary>Curated phrasings people use for this fact.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What the figure does not mean, when people could misread it.</summary>
    public string? Note { get; init; }
}
