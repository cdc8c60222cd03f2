using MoocBot.Core.Facts;

namespace MoocBot.Core.Charts;

/// <summary>Charts of the repository's measures: the one place a <see cref="Measure"/> becomes a <see cref="ChartSeries"/>.</summary>
public static class MeasureChart
{
    /// <summary>How many measures the headline chart shows side by side.</summary>
    public const int HeadlineCount = 4;

    /// <summary>The headline chart's title.</summary>
    public const string HeadlineTitle = "China's MOOC figures over time";

    /// <summary>True when at least one observation is a number with a date a chart can place.</summary>
    public static bool CanDraw(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Observations.Any(Drawable);
    }

    /// <summary>
    /// The measure's numeric observations as one line, each with its figure as the bot writes it and its source in
    /// short ("Xinhua, 13 Dec 2024") from the repository's articles and reports.
    /// </summary>
    public static ChartSeries SeriesOf(Measure measure, FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(repository);
        return new ChartSeries
        {
            MeasureId = measure.Id,
            Label = measure.Label,
            Unit = measure.Unit,
            Points = [.. measure.Observations.Where(Drawable).Select(o =>
                ChartPoint.At(o.AsOf, o.Value!.Value, o.Qualifier, ShortSource(measure.ToFact(o), repository), measure.Unit, o.Display))],
        };
    }

    /// <summary>
    /// The headline measures, chosen from the data: those with the most numeric observations (at least two), in
    /// repository order among equals, at most <see cref="HeadlineCount"/>.
    /// </summary>
    public static IReadOnlyList<Measure> Headline(FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return [.. repository.Measures
            .Select(m => (Measure: m, Count: m.Observations.Count(Drawable)))
            .Where(m => m.Count > 1)
            .OrderByDescending(m => m.Count)
            .Take(HeadlineCount)
            .Select(m => m.Measure)];
    }

    /// <summary>The headline measures side by side, or null when no measure has a history yet.</summary>
    public static ChartRequest? HeadlineRequest(FactRepository repository)
    {
        var headline = Headline(repository);
        return headline.Count == 0 ? null : ChartRequest.SideBySide(HeadlineTitle, [.. headline.Select(m => SeriesOf(m, repository))]);
    }

    /// <summary>"Xinhua, 13 Dec 2024": a figure's publisher in short and publication date, for a chart's footnote.</summary>
    public static string ShortSource(Fact fact, FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(repository);
        return repository.FindSource(fact) is { } source
            ? FactFormatter.ShortPublisher(source.Publisher) + ", " + FactFormatter.FormatPublished(source.Date)
            : fact.SourceId;
    }

    private static bool Drawable(Observation observation) =>
        observation.Value is not null && FactFormatter.TryParseAsOf(observation.AsOf, out _, out _);
}
