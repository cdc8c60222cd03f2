using System.Globalization;
using MoocBot.Core.Charts;

namespace MoocBot.Charts;

/// <summary>Dates on the x axis as fractional years (2022.83 for 1 Nov 2022), with ticks on years or, over a short span, on months.</summary>
internal static class TimeAxis
{
    private const int MaxTicks = 8;
    private const double MinPadding = 0.3;
    private const double PaddingShare = 0.06;

    public static double X(DateOnly date) =>
        date.Year + (date.DayOfYear - 1) / (double)(DateTime.IsLeapYear(date.Year) ? 366 : 365);

    /// <summary>The x range drawn: the observations with room either side for their markers and labels.</summary>
    public static (double Min, double Max) Limits(IReadOnlyList<ChartPoint> points)
    {
        var first = points.Min(p => X(p.AsOf));
        var last = points.Max(p => X(p.AsOf));
        var padding = Math.Max(MinPadding, (last - first) * PaddingShare);
        return (first - padding, last + padding);
    }

    /// <summary>Ticks within [min, max]: "2018", "2019", … every few years so at most eight, or "Jan 2022", "Apr 2022" (in Chinese "2022年1月") over under two years.</summary>
    public static IReadOnlyList<(double X, string Label)> Ticks(double min, double max, ChartWords? words = null)
    {
        var ticks = new List<(double, string)>();
        var firstYear = (int)Math.Ceiling(min);
        var lastYear = (int)Math.Floor(max);
        if (lastYear - firstYear >= 2)
        {
            var step = (int)Math.Ceiling((lastYear - firstYear + 1) / (double)MaxTicks);
            for (var year = firstYear; year <= lastYear; year += step)
            {
                ticks.Add((year, year.ToString(CultureInfo.InvariantCulture)));
            }

            return ticks;
        }

        var start = new DateOnly((int)Math.Floor(min), 1, 1);
        var months = new List<DateOnly>();
        for (var month = start; X(month) <= max; month = month.AddMonths(1))
        {
            if (X(month) >= min)
            {
                months.Add(month);
            }
        }

        var monthStep = Math.Max(1, (int)Math.Ceiling(months.Count / (double)MaxTicks));
        foreach (var month in months.Where(m => (m.Month - 1) % monthStep == 0))
        {
            ticks.Add((X(month), (words ?? ChartWords.English).Month(month)));
        }

        return ticks;
    }
}
