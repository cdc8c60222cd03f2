using System.Globalization;
using MoocBot.Core.Charts;
using MoocBot.Core.Facts;

namespace MoocBot.Charts;

/// <summary>The y axis: from zero (counts are compared honestly), with room above the highest point for its label; numbers as the bot writes them.</summary>
internal static class ValueAxis
{
    private const double Headroom = 1.22;

    private static readonly double[] NiceSteps = [1, 2, 2.5, 5, 10];

    public static (double Min, double Max) Limits(IReadOnlyList<ChartPoint> points)
    {
        var low = (double)points.Min(p => p.Value);
        var high = (double)points.Max(p => p.Value);
        var min = Math.Min(0, low * Headroom);
        var max = high > 0 ? high * Headroom : high < 0 ? 0 : 1;
        return (min, max);
    }

    /// <summary>Round ticks (1, 2, 2.5 or 5 times a power of ten apart), about <paramref name="target"/> of them, within [min, max].</summary>
    public static IReadOnlyList<double> Ticks(double min, double max, int target)
    {
        var raw = (max - min) / target;
        if (!(raw > 0) || !double.IsFinite(raw))
        {
            return [min];
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));

        // 2.5 only where it stays a whole number: no "2.5 countries" between ticks of 0 and 5.
        var step = NiceSteps.Select(m => m * power).Where(s => power < 1 || s % 1 == 0).First(s => s >= raw * (1 - 1e-9));
        var ticks = new List<double>();
        for (var i = Math.Ceiling(min / step); i * step <= max + step * 1e-9; i++)
        {
            ticks.Add(i * step);
        }

        return ticks;
    }

    /// <summary>"0", "20,000", "200 million", "1.2 billion" (in Chinese "2万", "12亿"); "40%" for a percentage.</summary>
    public static string Format(double value, string unit, ChartWords? words = null)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= (double)decimal.MaxValue)
        {
            return string.Empty;
        }

        // Tick positions come as doubles (1.2000000000000002E9): twelve significant digits drop the noise.
        var number = decimal.Parse(value.ToString("G12", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var text = (words ?? ChartWords.English).Number(number);
        return unit == Quantity.Percent ? text + "%" : text;
    }
}
