namespace MoocBot.Core.Charts;

/// <summary>The observations of one measure, drawn as one line.</summary>
public sealed record ChartSeries
{
    /// <summary>The measure's id (<c>national.moocs</c>); names the PNG file.</summary>
    public required string MeasureId { get; init; }

    /// <summary>What is counted, in plain words ("MOOCs in China"): the chart's or panel's title.</summary>
    public required string Label { get; init; }

    /// <summary>The unit of the values ("courses", "person-times", "%"), written on the y axis.</summary>
    public required string Unit { get; init; }

    /// <summary>The unit as the y axis names it ("单位：门" on a Chinese chart); the unit itself when null.</summary>
    public string? UnitText { get; init; }

    /// <summary>The observations, in any order; the chart puts them in date order. At least one.</summary>
    public required IReadOnlyList<ChartPoint> Points { get; init; }

    /// <summary>The points oldest first; observations of the same date keep their order.</summary>
    public IReadOnlyList<ChartPoint> PointsByDate() => [.. Points.OrderBy(p => p.AsOf)];
}
