using System.Globalization;
using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests;

namespace MoocBot.Charts.Tests;

/// <summary>Series built in the tests from the points of sample-series.tsv beside this file.</summary>
internal static class SampleSeries
{
    private static readonly IReadOnlyList<string[]> Rows = CaseTable.Read(CaseTable.PathOf("MoocBot.Charts.Tests/sample-series.tsv"), 6);

    public static ChartSeries Moocs() => Series("moocs", "national.moocs", "MOOCs in China", "courses");

    public static ChartSeries Learners() => Series("learners", "national.learners", "MOOC learners in China", "person-times");

    public static ChartSeries RegisteredUsers() => Series("registered-users", "national.registered-users", "Registered users of China's MOOCs", "people");

    public static ChartSeries Countries() => Series("countries", "platform.countries", "Countries and regions reached by the smart platform", "countries and regions");

    /// <summary>The MOOC count as a Chinese chat's /chart draws it: the Chinese label, figures, dates and sources.</summary>
    public static ChartSeries MoocsInChinese()
    {
        var series = Series("moocs-zh", "national.moocs", "中国慕课数量", "courses");
        return series with { UnitText = "单位：门", Points = [.. series.Points.Select(p => p with { Language = ChatLanguage.Chinese })] };
    }

    public static ChartSeries With(ChartSeries series, params ChartPoint[] points) => series with { Points = points };

    private static ChartSeries Series(string name, string measureId, string label, string unit) => new()
    {
        MeasureId = measureId,
        Label = label,
        Unit = unit,
        Points =
        [
            .. Rows.Where(r => r[0] == name).Select(r => ChartPoint.At(
                r[1], decimal.Parse(r[2], CultureInfo.InvariantCulture), Enum.Parse<Qualifier>(r[3]), r[4], display: r[5] == "-" ? null : r[5])),
        ],
    };
}
