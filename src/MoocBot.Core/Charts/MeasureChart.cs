using MoocBot.Core.Conversations;
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
    /// short ("Xinhua, 13 Dec 2024") from the repository's articles and reports; in Chinese ("超过9.7万门", "新华社，2024年12月13日",
    /// the measure's Chinese label) when <paramref name="language"/> is Chinese.
    /// </summary>
    public static ChartSeries SeriesOf(Measure measure, FactRepository repository, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(repository);
        var chinese = language == ChatLanguage.Chinese;
        return new ChartSeries
        {
            MeasureId = measure.Id,
            Label = chinese ? ChineseFactFormatter.Label(measure) : measure.Label,
            Unit = measure.Unit,
            UnitText = chinese ? ChineseUnit(measure.Unit) : null,
            Points = [.. measure.Observations.Where(Drawable).Select(o =>
                ChartPoint.At(o.AsOf, o.Value!.Value, o.Qualifier, ShortSource(measure.ToFact(o), repository, language), measure.Unit,
                    chinese ? ChineseFactFormatter.FormatFigure(measure.ToFact(o)) : o.Display) with { Language = chinese ? ChatLanguage.Chinese : ChatLanguage.English })],
        };
    }

    /// <summary>One measure's chart in <paramref name="language"/>; a Chinese one carries its English twin as the fallback.</summary>
    public static ChartRequest ForMeasure(Measure measure, FactRepository repository, ChatLanguage language = ChatLanguage.English)
    {
        var english = ChartRequest.ForMeasure(SeriesOf(measure, repository));
        return language == ChatLanguage.Chinese
            ? ChartRequest.ForMeasure(SeriesOf(measure, repository, language)) with { Language = language, Fallback = english }
            : english;
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

    /// <summary>The headline measures side by side in <paramref name="language"/>, or null when no measure has a history yet.</summary>
    public static ChartRequest? HeadlineRequest(FactRepository repository, ChatLanguage language = ChatLanguage.English)
    {
        var headline = Headline(repository);
        if (headline.Count == 0)
        {
            return null;
        }

        var english = ChartRequest.SideBySide(HeadlineTitle, [.. headline.Select(m => SeriesOf(m, repository))]);
        return language == ChatLanguage.Chinese
            ? ChartRequest.SideBySide(MessageCatalogue.Get("chart.headline-title", language), [.. headline.Select(m => SeriesOf(m, repository, language))])
                with { Language = language, Fallback = english }
            : english;
    }

    /// <summary>"Xinhua, 13 Dec 2024" (in Chinese "新华社，2024年12月13日"): a figure's publisher in short and publication date, for a chart's footnote.</summary>
    public static string ShortSource(Fact fact, FactRepository repository, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(repository);
        if (repository.FindSource(fact) is not { } source)
        {
            return fact.SourceId;
        }

        return language == ChatLanguage.Chinese
            ? ChineseFactFormatter.ShortPublisher(source.Publisher) + "，" + ChineseFactFormatter.FormatAsOf(source.Date)
            : FactFormatter.ShortPublisher(source.Publisher) + ", " + FactFormatter.FormatPublished(source.Date);
    }

    /// <summary>"单位：门", "单位：%": the y axis's words on a Chinese chart.</summary>
    private static string ChineseUnit(string unit) =>
        "单位：" + (unit == Quantity.Percent ? "%" : ChineseFactFormatter.UnitNoun(unit) ?? unit);

    private static bool Drawable(Observation observation) =>
        observation.Value is not null && FactFormatter.TryParseAsOf(observation.AsOf, out _, out _);
}
