using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Charts.Tests;

/// <summary>Series built in the tests from the reported figures (shared/sources/reported-figures.tsv) and the first article.</summary>
internal static class SampleSeries
{
    public static ChartSeries Moocs() => new()
    {
        MeasureId = "national.moocs",
        Label = "MOOCs in China",
        Unit = "courses",
        Points =
        [
            ChartPoint.At("2017-12", 3200, Qualifier.MoreThan, "China News Service (ecns.cn), 24 Jan 2018"),
            ChartPoint.At("2019-08", 15000, Qualifier.About, "China Daily, 2 Nov 2019"),
            ChartPoint.At("2020-12", 34000, Qualifier.MoreThan, "People's Daily Online, 16 Dec 2020"),
            ChartPoint.At("2022-06", 52500, Qualifier.MoreThan, "Women of China, Jun 2022"),
            ChartPoint.At("2022-11", 62000, Qualifier.Exact, "People's Daily, 2 Jan 2023"),
            ChartPoint.At("2024-01", 76000, Qualifier.MoreThan, "China News Service, 26 Jan 2024"),
            ChartPoint.At("2024-12", 97000, Qualifier.MoreThan, "Xinhua (People's Daily Online), 13 Dec 2024"),
        ],
    };

    public static ChartSeries Learners() => new()
    {
        MeasureId = "national.learners",
        Label = "MOOC learners in China",
        Unit = "person-times",
        Points =
        [
            ChartPoint.At("2017-12", 55_000_000, Qualifier.About, "China News Service (ecns.cn), 24 Jan 2018"),
            ChartPoint.At("2019-08", 270_000_000, Qualifier.About, "China Daily, 2 Nov 2019"),
            ChartPoint.At("2020-12", 540_000_000, Qualifier.About, "People's Daily Online, 16 Dec 2020"),
            ChartPoint.At("2022-11", 979_000_000, Qualifier.Exact, "People's Daily, 2 Jan 2023"),
            ChartPoint.At("2024-01", 1_270_000_000, Qualifier.About, "China News Service, 26 Jan 2024"),
            ChartPoint.At("2024-12", 1_390_000_000, Qualifier.About, "Xinhua (People's Daily Online), 13 Dec 2024"),
        ],
    };

    public static ChartSeries RegisteredUsers() => new()
    {
        MeasureId = "national.registered-users",
        Label = "Registered users of China's MOOCs",
        Unit = "people",
        Points =
        [
            ChartPoint.At("2022-06", 370_000_000, Qualifier.MoreThan, "Women of China, Jun 2022"),
            ChartPoint.At("2022-11", 402_000_000, Qualifier.Exact, "People's Daily, 2 Jan 2023"),
            ChartPoint.At("2024-12", 483_000_000, Qualifier.Exact, "Global Times, Dec 2024"),
        ],
    };

    public static ChartSeries Countries() => new()
    {
        MeasureId = "platform.countries",
        Label = "Countries and regions reached by the smart platform",
        Unit = "countries and regions",
        Points =
        [
            ChartPoint.At("2022-11", 166, Qualifier.Exact, "People's Daily, 2 Jan 2023"),
            ChartPoint.At("2024-12", 183, Qualifier.Exact, "Xinhua (People's Daily Online), 13 Dec 2024"),
        ],
    };

    /// <summary>The MOOC count as a Chinese chat's /chart draws it: the Chinese label, figures, dates and sources.</summary>
    public static ChartSeries MoocsInChinese() => new()
    {
        MeasureId = "national.moocs",
        Label = "中国慕课数量",
        Unit = "courses",
        UnitText = "单位：门",
        Points =
        [
            Chinese(ChartPoint.At("2017-12", 3200, Qualifier.MoreThan, "中国新闻社，2018年1月24日", display: "超过3200门")),
            Chinese(ChartPoint.At("2019-08", 15000, Qualifier.About, "中国日报，2019年11月2日", display: "约1.5万门")),
            Chinese(ChartPoint.At("2020-12", 34000, Qualifier.MoreThan, "人民网，2020年12月16日", display: "超过3.4万门")),
            Chinese(ChartPoint.At("2022-11", 62000, Qualifier.Exact, "人民日报，2023年1月2日", display: "6.2万门")),
            Chinese(ChartPoint.At("2024-12", 97000, Qualifier.MoreThan, "新华社，2024年12月13日", display: "超过9.7万门")),
        ],
    };

    public static ChartSeries With(ChartSeries series, params ChartPoint[] points) => series with { Points = points };

    private static ChartPoint Chinese(ChartPoint point) => point with { Language = ChatLanguage.Chinese };
}
