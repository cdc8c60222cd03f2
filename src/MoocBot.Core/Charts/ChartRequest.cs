using System.Text;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Charts;

/// <summary>
/// What to draw: one measure as a line chart, or several measures side by side, each in its own panel with its
/// own axis (they count different things in different units, so they never share one).
/// </summary>
public sealed record ChartRequest
{
    /// <summary>How many measures fit side by side and stay readable.</summary>
    public const int MaxSeries = 6;

    private ChartRequest(string title, IReadOnlyList<ChartSeries> series)
    {
        Title = title;
        Series = series;
    }

    /// <summary>The chart's title.</summary>
    public string Title { get; }

    /// <summary>The measures, one panel each when there are several.</summary>
    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>The language of the chart's words (its title, labels and the words the renderer adds); Auto means English.</summary>
    public ChatLanguage Language { get; init; }

    /// <summary>
    /// The same chart in English, drawn instead when the machine has no font for this chart's words (a Chinese chart on a
    /// machine without a CJK font); null for an English chart.
    /// </summary>
    public ChartRequest? Fallback { get; init; }

    /// <summary>A file name for the PNG: "national.moocs.png", or "figures.png" for several measures.</summary>
    public string FileName => Series.Count == 1 ? SafeFileName(Series[0].MeasureId) + ".png" : "figures.png";

    /// <summary>One measure as a line chart titled with what it counts.</summary>
    /// <exception cref="ArgumentException">The series has no points.</exception>
    public static ChartRequest ForMeasure(ChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Create(series.Label, [series]);
    }

    /// <summary>Several measures side by side (the headline figures), one panel each.</summary>
    /// <exception cref="ArgumentException">No series, more than <see cref="MaxSeries"/>, or a series without points.</exception>
    public static ChartRequest SideBySide(string title, IReadOnlyList<ChartSeries> series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(series);
        return Create(title, series);
    }

    /// <summary>
    /// The chart in words, for alt text and screen readers: "MOOCs in China (courses): 3,200 (Dec 2017); … more than
    /// 97,000 (Dec 2024)."
    /// </summary>
    public string Describe()
    {
        if (Language == ChatLanguage.Chinese)
        {
            return DescribeInChinese();
        }

        var text = new StringBuilder("Line chart");
        if (Series.Count > 1)
        {
            text.Append("s of ").Append(Title);
        }

        text.Append(". ");
        foreach (var series in Series)
        {
            text.Append(series.Label).Append(" (").Append(series.Unit).Append("): ");
            text.AppendJoin("; ", series.PointsByDate().Select(p => p.Display + " (" + p.AsOfText + ")"));
            text.Append(". ");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>"折线图。中国慕课数量（单位：门）：超过3200门（2017年12月）；……超过9.7万门（2024年12月）。"</summary>
    private string DescribeInChinese()
    {
        var text = new StringBuilder(Series.Count > 1 ? "折线图：" + Title + "。" : "折线图。");
        foreach (var series in Series)
        {
            text.Append(series.Label).Append('（').Append(series.UnitText ?? series.Unit).Append("）：");
            text.AppendJoin("；", series.PointsByDate().Select(p => p.Display + "（" + p.AsOfText + "）"));
            text.Append('。');
        }

        return text.ToString();
    }

    private static ChartRequest Create(string title, IReadOnlyList<ChartSeries> series)
    {
        if (series.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one measure.", nameof(series));
        }

        if (series.Count > MaxSeries)
        {
            throw new ArgumentException($"At most {MaxSeries} measures fit side by side; {series.Count} were given.", nameof(series));
        }

        foreach (var one in series)
        {
            ArgumentNullException.ThrowIfNull(one, nameof(series));
            if (one.Points.Count == 0)
            {
                throw new ArgumentException($"The measure {one.MeasureId} has no observations to draw.", nameof(series));
            }
        }

        return new ChartRequest(title, [.. series]);
    }

    private static string SafeFileName(string id)
    {
        var safe = new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]).Trim('.');
        return safe.Length == 0 ? "chart" : safe;
    }
}
