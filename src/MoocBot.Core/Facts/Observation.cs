namespace MoocBot.Core.Facts;

/// <summary>One value of a <see cref="Measure"/> as of one date, with the evidence for it.</summary>
public sealed record Observation
{
    /// <summary>The number in plain units (62000, 979000000, 97.3); null for a statement.</summary>
    public decimal? Value { get; init; }

    /// <summary>How the source qualifies the figure.</summary>
    public Qualifier Qualifier { get; init; }

    /// <summary>The figure as written ("979 million", "more than 97,000"); for a statement, the statement.</summary>
    public required string Display { get; init; }

    /// <summary>As of when: "2022-11", "2022-11-30" or "2023-01-02".</summary>
    public required string AsOf { get; init; }

    /// <summary>The quote or the cited report it comes from.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>A caveat for this observation alone, in our words (e.g. not strictly comparable with the others).</summary>
    public string? Note { get; init; }

    /// <summary>A statement's wording in Chinese (a figure's is written from its value), or null.</summary>
    public string? ChineseDisplay { get; init; }

    /// <summary><see cref="Note"/> in Chinese, or null.</summary>
    public string? ChineseNote { get; init; }
}
