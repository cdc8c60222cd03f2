using MoocBot.Core.Charts;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Charts;

public sealed class ChartRequestTests
{
    private static ChartSeries Moocs(params ChartPoint[] points) => new()
    {
        MeasureId = "national.moocs",
        Label = "MOOCs in China",
        Unit = "courses",
        Points = points,
    };

    [Fact]
    public void At_MonthDate_FirstDayWithMonthPrecision()
    {
        var point = ChartPoint.At("2022-11", 62000, Qualifier.Exact, "People's Daily, 2 Jan 2023");

        Assert.Equal(new DateOnly(2022, 11, 1), point.AsOf);
        Assert.Equal(AsOfPrecision.Month, point.Precision);
        Assert.Equal("Nov 2022", point.AsOfText);
        Assert.Equal("62,000", point.Display);
    }

    [Fact]
    public void At_DayDateWithQualifier_DisplaysTheQualifier()
    {
        var point = ChartPoint.At("2024-12-13", 97000, Qualifier.MoreThan, "Xinhua, 13 Dec 2024");

        Assert.Equal(AsOfPrecision.Day, point.Precision);
        Assert.Equal("13 Dec 2024", point.AsOfText);
        Assert.Equal("more than 97,000", point.Display);
    }

    [Theory]
    [InlineData("Nov 2022")]
    [InlineData("2022-13")]
    [InlineData("")]
    public void At_NotAnAsOfDate_ThrowsSayingWhy(string asOf)
    {
        var error = Assert.Throws<ArgumentException>(() => ChartPoint.At(asOf, 1, Qualifier.Exact, "x"));

        Assert.Contains("YYYY-MM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForMeasure_NoPoints_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ChartRequest.ForMeasure(Moocs()));

        Assert.Contains("national.moocs has no observations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SideBySide_TooManyOrNone_Throws()
    {
        var one = Moocs(ChartPoint.At("2022-11", 62000, Qualifier.Exact, "x"));

        Assert.Throws<ArgumentException>(() => ChartRequest.SideBySide("Headline", []));
        Assert.Throws<ArgumentException>(() => ChartRequest.SideBySide("Headline", Enumerable.Repeat(one, ChartRequest.MaxSeries + 1).ToList()));
    }

    [Fact]
    public void ForMeasure_TitleAndFileNameFromTheMeasure()
    {
        var request = ChartRequest.ForMeasure(Moocs(ChartPoint.At("2022-11", 62000, Qualifier.Exact, "x")));

        Assert.Equal("MOOCs in China", request.Title);
        Assert.Equal("national.moocs.png", request.FileName);
    }

    [Fact]
    public void FileName_IdWithOddCharacters_OnlySafeOnes()
    {
        var series = Moocs(ChartPoint.At("2022-11", 1, Qualifier.Exact, "x")) with { MeasureId = "../a b/c" };

        Assert.Equal("-a-b-c.png", ChartRequest.ForMeasure(series).FileName);
    }

    [Fact]
    public void Describe_PointsInDateOrderWithQualifiers()
    {
        var request = ChartRequest.ForMeasure(Moocs(
            ChartPoint.At("2024-12", 97000, Qualifier.MoreThan, "Xinhua"),
            ChartPoint.At("2022-11", 62000, Qualifier.Exact, "People's Daily")));

        Assert.Equal("Line chart. MOOCs in China (courses): 62,000 (Nov 2022); more than 97,000 (Dec 2024).", request.Describe());
    }

    [Fact]
    public void RenderReplyImage_WrapsThePngWithFileNameAndDescription()
    {
        var request = ChartRequest.ForMeasure(Moocs(ChartPoint.At("2022-11", 62000, Qualifier.Exact, "x")));

        var image = new FixedRenderer().RenderReplyImage(request);

        Assert.Equal(new byte[] { 1, 2, 3 }, image.Png.ToArray());
        Assert.Equal("national.moocs.png", image.FileName);
        Assert.Equal(request.Describe(), image.AltText);
    }

    private sealed class FixedRenderer : IChartRenderer
    {
        public byte[] RenderPng(ChartRequest request) => [1, 2, 3];
    }
}
