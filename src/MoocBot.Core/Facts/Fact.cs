namespace MoocBot.Core.Facts;

/// <summary>
/// One figure (or statement) as the bot shows it: a <see cref="Measure"/> at one <see cref="Observation"/>.
/// <see cref="FactRepository.Facts"/> holds each measure at its newest observation.
/// </summary>
public sealed record Fact
{
    /// <summary>The measure's id, e.g. <c>national.moocs</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the measure's topic (national, platform, ...).</summary>
    public required string Topic { get; init; }

    /// <summary>A short label for notices and charts ("MOOCs in China"); what it counts when none is given.</summary>
    public string Label
    {
        get => field ?? Counts;
        init;
    }

    /// <summary>What the figure counts, in plain words ("MOOCs offered in China").</summary>
    public required string Counts { get; init; }

    /// <summary>The number in plain units (62000, 979000000, 97.3); null for a statement.</summary>
    public decimal? Value { get; init; }

    /// <summary>Unit of <see cref="Value"/>: "courses", "people", "%", "year", ...</summary>
    public required string Unit { get; init; }

    /// <summary>How the source qualifies the figure.</summary>
    public Qualifier Qualifier { get; init; }

    /// <summary>The figure as the source writes it ("979 million", "nearly 100,000"); for a statement, the statement.</summary>
    public required string Display { get; init; }

    /// <summary>As of when: "2022-11", "2022-11-30" or "2023-01-02".</summary>
    public required string AsOf { get; init; }

    /// <summary>The quote or the cited report the figure comes from.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>The sentence it comes from, verbatim, when the evidence is a stored article; null for a cited report.</summary>
    public string? Quote => (Evidence as ArticleQuote)?.Quote;

    /// <summary>The id of the article or report it comes from.</summary>
    public string SourceId => Evidence.SourceId;

    /// <summary>Curated phrasings people use for this fact.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What the figure does not mean, when people could misread it.</summary>
    public string? Note { get; init; }

    /// <summary>A caveat for this observation alone (e.g. not strictly comparable with the others), or null.</summary>
    public string? ObservationNote { get; init; }

    /// <summary>The measure's label in Chinese, or null when none is kept.</summary>
    public string? ChineseLabel { get; init; }

    /// <summary>What the figure counts, in Chinese, or null when none is kept.</summary>
    public string? ChineseCounts { get; init; }

    /// <summary><see cref="Note"/> in Chinese, or null.</summary>
    public string? ChineseNote { get; init; }

    /// <summary>A statement's wording in Chinese, or null.</summary>
    public string? ChineseDisplay { get; init; }

    /// <summary><see cref="ObservationNote"/> in Chinese, or null.</summary>
    public string? ChineseObservationNote { get; init; }
}
